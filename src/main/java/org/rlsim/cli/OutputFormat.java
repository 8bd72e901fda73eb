package org.rlsim.cli;

/** The kinds of file {@code rlsim run} can write ({@code --format}). */
enum OutputFormat {
    /** Charts as PNG at 2× resolution for 16:9 slides. */
    png,
    /** Charts as SVG vector graphics. */
    svg,
    /** The time-series and summary CSV files. */
    csv
}
