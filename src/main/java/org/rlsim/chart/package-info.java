/**
 * Slide-ready charts of scenario results, built with JFreeChart and exported as PNG, SVG and PDF.
 *
 * <p>Each chart is made by a pure function from a {@link org.rlsim.scenario.ScenarioResult} and an
 * explicit {@link org.rlsim.chart.ChartStyle}: fonts, sizes, strokes and colours are set on every
 * chart element, never taken from JFreeChart's process-wide theme (whose default font, Tahoma, is
 * missing on most Linux machines and silently replaced). Sizes are in logical pixels of a slide
 * ({@link org.rlsim.chart.SlidePreset}: 16:9 is 1920 × 1080, 4:3 is 1440 × 1080), whose style sizes
 * text for the back of a room; {@link org.rlsim.chart.ChartExporter} draws the same chart at that
 * resolution for PNG and SVG, and at half a point per pixel for PDF (text as text, in fonts embedded by
 * {@link org.rlsim.chart.PdfFonts}).
 * {@link org.rlsim.chart.SlideCharts} lists every chart of a run with its file name. Each arm keeps one
 * colour in every panel and every chart; {@link org.rlsim.scenario.Annotation}s pin teachers' notes
 * to moments of the run.
 */
package org.rlsim.chart;
