package org.rlsim.cli;

/** The kinds of file {@code rlsim run} can write ({@code --format}). */
enum OutputFormat {
    /** Charts as PNG at 2× the slide's resolution. */
    png,
    /** Charts as SVG vector graphics. */
    svg,
    /** Charts as one-page vector PDFs of the slide's size. */
    pdf,
    /** The time-series and summary CSV files. */
    csv
}
