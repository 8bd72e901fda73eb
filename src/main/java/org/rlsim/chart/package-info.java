/**
 * Slide-ready charts of scenario results, built with JFreeChart and exported as PNG and SVG.
 *
 * <p>Each chart is made by a pure function from a {@link org.rlsim.scenario.ScenarioResult} and an
 * explicit {@link org.rlsim.chart.ChartStyle}: fonts, sizes, strokes and colours are set on every
 * chart element, never taken from JFreeChart's process-wide theme (whose default font, Tahoma, is
 * missing on most Linux machines and silently replaced). Sizes are in logical pixels of a 16:9
 * canvas of {@value org.rlsim.chart.ChartExporter#SLIDE_WIDTH} × {@value org.rlsim.chart.ChartExporter#SLIDE_HEIGHT};
 * {@link org.rlsim.chart.ChartExporter} draws the same chart at twice that resolution for PNG, and
 * at that size for SVG. Each arm keeps one colour in every panel and every chart.
 */
package org.rlsim.chart;
