package org.rlsim.cli;

/** The kinds of file {@code rlsim run} can write ({@code --format}). */
enum OutputFormat {
    /** Charts as PNG at the slide's resolution (16:9: 1920 × 1080). */
    png,
    /** Charts as SVG vector graphics. */
    svg,
    /** Charts as one-page vector PDFs of the slide's size, text as text in embedded fonts. */
    pdf,
    /** The time-series and summary CSV files. */
    csv
}
