package org.rlsim.chart;

import java.awt.Color;
import java.util.Arrays;
import java.util.Optional;
import org.rlsim.scenario.SlideFormat;

/**
 * The shape of the slide a chart is made for. Sizes are logical pixels; PNG is rendered at
 * {@value ChartExporter#PNG_SCALE}× that, SVG at that size, and PDF at {@value #PDF_POINTS_PER_PX} pt per
 * logical pixel, which gives the page size of a presentation program's slide (16:9: 13.33 × 7.5 in,
 * 4:3: 10 × 7.5 in), so the chart fills a slide at 100 %.
 *
 * <p>Legibility rule, from the back of a room: the smallest text on a chart (tick labels, legend,
 * notes, caption) is at least 1/40 of the slide height — 27 px of 1080, 13.5 pt on a 7.5 in slide, the
 * size that stays readable at about eight screen heights' distance. Names of quantities are 1/36 of the
 * height and the title 1/24. Both presets are 1080 px high, so text has the same size in both; the
 * 4:3 slide is only narrower.
 */
public enum SlidePreset {
    /** Widescreen 16:9, 1920 × 1080 px. */
    WIDE(SlideFormat.WIDE, ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT),
    /** Standard 4:3, 1440 × 1080 px. */
    STANDARD(SlideFormat.STANDARD, 1440, 1080);

    /** PDF points per logical pixel: 1080 px become 540 pt = 7.5 in, a presentation slide's height. */
    public static final double PDF_POINTS_PER_PX = 0.5;

    private final SlideFormat format;
    private final int widthPx;
    private final int heightPx;

    SlidePreset(SlideFormat format, int widthPx, int heightPx) {
        this.format = format;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** The name people write, {@code 16:9} or {@code 4:3}. */
    public String label() {
        return format.key();
    }

    /** Logical width, px. */
    public int widthPx() {
        return widthPx;
    }

    /** Logical height, px. */
    public int heightPx() {
        return heightPx;
    }

    /** The preset people call {@code name} ({@code 16:9} or {@code 4:3}, spaces ignored), if any. */
    public static Optional<SlidePreset> find(String name) {
        return SlideFormat.find(name).map(SlidePreset::of);
    }

    /** The preset for a scenario's {@code slide:} shape. */
    public static SlidePreset of(SlideFormat format) {
        return Arrays.stream(values()).filter(p -> p.format == format).findFirst().orElseThrow();
    }

    /**
     * The style for this slide: DejaVu Sans (shipped with Debian's JRE and most Linux systems),
     * the arm colours ({@link ChartStyle#ARM_COLOURS}), text sized by the legibility rule above, curves 1/270 of the height (4 px),
     * and a label column left of the panels 12 times the smallest text wide (324 px: "RLS symptom
     * score (IRLS-equivalent)" and its unit take three lines, which fit beside an overview panel).
     */
    public ChartStyle style() {
        float h = heightPx;
        float smallest = h / 40;
        return new ChartStyle("DejaVu Sans", h / 24, h / 36, 12 * smallest, smallest, smallest, smallest, h / 270,
                ChartStyle.ARM_COLOURS, new Color(0x222222), new Color(0x595959), new Color(0xDDDDDD));
    }
}
