package org.rlsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;

/**
 * How a chart looks. Sizes are in logical pixels of the slide canvas the style is made for (see
 * {@link SlidePreset#style()}; PNG export doubles them).
 *
 * @param fontFamily     font family for all text; must be installed, or Java silently substitutes another
 * @param titleSize      chart title, px
 * @param panelTitleSize panel labels (quantity and unit) and the time-axis label, px
 * @param panelLabelWidth width of the column of panel labels left of the axes, px; longer names wrap
 * @param tickSize       axis tick labels and legend, px
 * @param noteSize       labels of reference lines, bands and doses, px
 * @param footerSize     footer line (scenario file, disclaimer), px
 * @param lineWidth      width of the arms' curves, px
 * @param armColours     one colour per arm, in arm order, reused cyclically when there are more arms (then
 *                       with dashed curves, see {@code Charts.curveStroke})
 * @param text           colour of titles, labels and ticks
 * @param muted          colour of reference lines, band labels and the footer
 * @param grid           colour of grid lines
 */
public record ChartStyle(String fontFamily, float titleSize, float panelTitleSize, float panelLabelWidth, float tickSize, float noteSize,
                         float footerSize, float lineWidth, List<Color> armColours,
                         Color text, Color muted, Color grid) {

    /**
     * The arms' colours, in arm order: the first four of the Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito
     * 2008, "Color Universal Design"), then Tol's wine and blue violet in place of its orange and sky blue,
     * which have only 2.2:1 contrast on white, then black. Every colour has at least 3:1 contrast on white
     * (WCAG 2.1, 1.4.11, non-text contrast), and every two stay as far apart under simulated deuteranopia,
     * protanopia and tritanopia as in the original palette (ArmColoursTest).
     */
    public static final List<Color> ARM_COLOURS = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0x882255), // wine (Tol)
            new Color(0x8B2BE2), // blue violet
            new Color(0x000000)); // black

    /**
     * Dash patterns of the arms' curves, in line widths (on, off, …), in arm order: solid, long dash,
     * short dash, dash-dot, dotted, long dash-dot; reused cyclically. With colours coming round every
     * {@code armColours().size()} arms (7 in the default palette) and six patterns, no two of the first
     * 42 arms look alike.
     */
    private static final float[][] ARM_DASHES = {
        {},
        {5f, 2.5f},
        {1.8f, 1.8f},
        {5f, 1.8f, 1f, 1.8f},
        {0.9f, 1.6f},
        {7f, 1.8f, 1.8f, 1.8f}};
    /** How many dash patterns there are before they come round again. */
    public static final int ARM_DASH_COUNT = ARM_DASHES.length;

    /** The dash pattern of arm {@code armIndex}'s curve (0-based), in line widths; empty for a solid line. */
    public static float[] armDash(int armIndex) {
        return ARM_DASHES[armIndex % ARM_DASHES.length].clone();
    }

    /** The style of a 16:9 slide ({@link SlidePreset#WIDE}), the default. */
    public static final ChartStyle SLIDES = SlidePreset.WIDE.style();

    public ChartStyle {
        Objects.requireNonNull(fontFamily, "fontFamily");
        for (float size : new float[] {titleSize, panelTitleSize, panelLabelWidth, tickSize, noteSize, footerSize, lineWidth}) {
            if (!(size > 0)) {
                throw new IllegalArgumentException("font sizes, widths and line width must be positive, got " + size + " px");
            }
        }
        armColours = List.copyOf(armColours);
        if (armColours.isEmpty()) {
            throw new IllegalArgumentException("at least one arm colour is needed");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(grid, "grid");
    }

    /** A font of the style's family. */
    public Font font(int style, float size) {
        return new Font(fontFamily, style, 1).deriveFont(size);
    }

    /** The colour of the arm at this index (0-based, scenario order). */
    public Color armColour(int armIndex) {
        return armColours.get(armIndex % armColours.size());
    }
}
