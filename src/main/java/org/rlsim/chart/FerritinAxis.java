package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The serum-ferritin axis: logarithmic, with ticks at 10, 20, 50, 100, 200, 500 … ng/mL (or, in a short
 * panel, 10, 30, 100, 300 …).
 *
 * <p>Why logarithmic: after an infusion ferritin peaks in the hundreds of ng/mL, while tablets move it
 * from about 15 to 40. On a linear axis the peak flattens the oral climb into the bottom tenth of the
 * panel; on a log axis equal ratios take equal heights, so a doubling reads the same at 15 and at 500,
 * as clinicians read ferritin, and the 75 ng/mL line sits in the middle where both arms cross it. A
 * clipped axis would hide the peak that the IV arm is about.
 */
final class FerritinAxis extends LogAxis {
    /** Below this, ng/mL, ferritin carries no information the chart could teach; the axis never goes lower. */
    static final double FLOOR_NG_ML = 1;

    private final transient PanelLabel panelLabel;

    /** Head room above the highest value, as a factor (on a log axis a fixed share of the height). */
    private static final double HEAD_ROOM = 1.2;

    /**
     * An axis from the 1–3 step at or below {@code minNgMl} (so the bottom carries a tick) to
     * {@value #HEAD_ROOM} × {@code maxNgMl}, or to the next 1–3 step if that would leave only one tick.
     *
     * @param minNgMl lowest value to show, ng/mL
     * @param maxNgMl highest value to show, ng/mL
     */
    FerritinAxis(String label, String unit, Font font, Paint paint, Paint unitPaint, float width,
                 double minNgMl, double maxNgMl) {
        panelLabel = new PanelLabel(this, label, unit, font, paint, unitPaint, width);
        setSmallestValue(FLOOR_NG_ML);
        double lower = stepAtOrBelow(Math.max(FLOOR_NG_ML, minNgMl));
        double upper = Math.max(lower, maxNgMl) * HEAD_ROOM;
        setRange(lower, Math.max(upper, stepAtOrAbove(lower * 1.5)));
    }

    /** The largest of 1, 3, 10, 30, … that is at most {@code v} (v ≥ 1). */
    static double stepAtOrBelow(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v) + 1e-12));
        return v >= 3 * decade ? 3 * decade : decade;
    }

    /** The smallest of 1, 3, 10, 30, … that is at least {@code v} (v ≥ 1). */
    static double stepAtOrAbove(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v) + 1e-12));
        if (v <= decade * (1 + 1e-12)) {
            return decade;
        }
        return v <= 3 * decade * (1 + 1e-12) ? 3 * decade : 10 * decade;
    }

    /** The smallest gap of each of {@link LogTicks#LADDERS}, in decades. */
    private static final double[] SMALLEST_GAP_DECADES = {Math.log10(2), Math.log10(10.0 / 3), 1};
    /** Labelled ticks must be at least this many tick-label heights apart, so that neighbours never touch. */
    static final double MIN_TICK_GAP_LINES = 1.2;

    /**
     * The ticks: the densest ladder ({@link LogTicks#LADDERS}) whose closest ticks are at least
     * {@value #MIN_TICK_GAP_LINES} lines of tick text apart in this panel, labelled as plain numbers.
     */
    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double pxPerDecade = dataArea.getHeight() / Math.log10(getUpperBound() / getLowerBound());
        double minGapPx = MIN_TICK_GAP_LINES * getTickLabelFont().getSize2D();
        int ladder = 0;
        while (ladder < LogTicks.LADDERS.length - 1 && SMALLEST_GAP_DECADES[ladder] * pxPerDecade < minGapPx) {
            ladder++;
        }
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : LogTicks.values(ladder, getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, v, String.format(Locale.ROOT, "%.0f", v),
                    TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0));
        }
        return ticks;
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        return panelLabel.enclosure(this, g2);
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        return panelLabel.draw(this, g2, plotArea, dataArea, state);
    }
}
