package org.rlsim.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.rlsim.report.Numbers;

/**
 * The axis of a swept quantity whose values are spaced on a log scale, drawn in log10 space: the plot's data
 * are the base-10 logarithms of the real values ({@link #coordinate}), and the ticks sit at real values of
 * the 1–2–5 ladder (or 1–3, or powers of ten, the densest whose labels do not touch; {@link LogTicks}),
 * labelled in the real unit ({@code 500}, {@code 1,000}, {@code 2,000} mg; {@code 0.5}, {@code 1}, {@code 2}).
 * An axis too short in decades for two such ticks labels its first and last sampled value instead.
 *
 * <p>Why not JFreeChart's {@code LogAxis}: a heat map's blocks ({@code XYBlockRenderer}) have one width in
 * data space, which on a {@code LogAxis} is a different width in pixels at every value, so blocks overlap
 * or leave gaps. In log10 space the values of a log range are evenly spaced: every block is one log step
 * wide, and contour lines interpolated between the same coordinates line up with the blocks. A line
 * chart uses the same axis so that both label their ticks alike.
 */
final class LogScaleAxis extends NumberAxis {
    /** Labelled ticks on a vertical axis must be at least this many lines of tick text apart. */
    private static final double MIN_GAP_LINES = 1.2;
    /** On a horizontal axis, this many font sizes of space between neighbouring labels. */
    private static final double MIN_SPACE_EMS = 1;

    private final double first;
    private final double last;

    /**
     * @param label  the axis label
     * @param values the sampled values, real (not log10), above 0, increasing; the first and last label a
     *               range too short for ladder ticks
     */
    LogScaleAxis(String label, double[] values) {
        super(label);
        if (values.length == 0 || !(values[0] > 0)) {
            throw new IllegalArgumentException("a log scale needs values above 0");
        }
        first = values[0];
        last = values[values.length - 1];
        setAutoRangeIncludesZero(false);
    }

    /** Where a real value is drawn on this axis: its base-10 logarithm. */
    static double coordinate(double value) {
        return Math.log10(value);
    }

    /**
     * The ticks: the densest ladder with at least two ticks in range whose labels keep apart (vertically
     * {@value #MIN_GAP_LINES} lines, horizontally {@value #MIN_SPACE_EMS} em between labels); if none keeps
     * apart, the sparsest with two ticks; if none has two, the first and last sampled value.
     */
    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double pxPerDecade = (horizontal ? dataArea.getWidth() : dataArea.getHeight()) / getRange().getLength();
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        double lower = Math.pow(10, getLowerBound());
        double upper = Math.pow(10, getUpperBound());
        List<Double> chosen = null;
        for (int ladder = 0; ladder < LogTicks.LADDERS.length; ladder++) {
            List<Double> values = LogTicks.values(ladder, lower, upper);
            if (values.size() < 2) {
                break; // sparser ladders have no more ticks
            }
            chosen = values;
            if (apart(values, horizontal, pxPerDecade, metrics)) {
                break;
            }
        }
        if (chosen == null) {
            chosen = first == last ? List.of(first) : List.of(first, last);
        }
        List<NumberTick> ticks = new ArrayList<>();
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        for (double v : chosen) {
            ticks.add(new NumberTick(TickType.MAJOR, coordinate(v), label(v), anchor, anchor, 0));
        }
        return ticks;
    }

    /** Whether neighbouring labels of these values keep apart on the axis. */
    private boolean apart(List<Double> values, boolean horizontal, double pxPerDecade, FontMetrics metrics) {
        double em = getTickLabelFont().getSize2D();
        for (int i = 1; i < values.size(); i++) {
            double gap = (coordinate(values.get(i)) - coordinate(values.get(i - 1))) * pxPerDecade;
            double needed = horizontal
                    ? (metrics.stringWidth(label(values.get(i))) + metrics.stringWidth(label(values.get(i - 1)))) / 2.0
                            + MIN_SPACE_EMS * em
                    : MIN_GAP_LINES * em;
            if (gap < needed) {
                return false;
            }
        }
        return true;
    }

    /** A tick's label: the real value to four significant digits, thousands grouped as on the linear axes. */
    static String label(double value) {
        NumberFormat format = NumberFormat.getInstance(Locale.ROOT);
        format.setMaximumFractionDigits(12);
        return format.format(Double.parseDouble(Numbers.readable(value)));
    }
}
