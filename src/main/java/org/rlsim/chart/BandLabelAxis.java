package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * An axis at the right of a panel that names its reference bands ("mild" … "very severe", "normal
 * range") and reference lines ("75 ng/mL") instead of numbering it: each name sits at the middle of the
 * visible part of its band or at its line, outside the data, so that no curve or daily-range band covers it. Every name is drawn as long as the
 * bands are tall enough for the text (a number axis would drop labels whose line heights overlap, which
 * hides half of the IRLS names in an overview panel); it follows the range of the panel's value axis.
 */
final class BandLabelAxis extends NumberAxis {
    /** A band from {@code from} to {@code to} in the value axis's unit, or a line ({@code from == to}), and its name. */
    record Band(double from, double to, String name) {
        Band {
            Objects.requireNonNull(name, "name");
            if (!(from <= to)) {
                throw new IllegalArgumentException("a band must have from <= to, got " + from + " to " + to);
            }
        }

        /** A reference line at {@code value}. */
        static Band line(double value, String name) {
            return new Band(value, value, name);
        }

        boolean isLine() {
            return from == to;
        }
    }

    /**
     * Smallest band height that takes a name, in multiples of the font size: lower-case names are about
     * 0.75 of it tall (ascenders included), so names of neighbouring bands just clear each other.
     */
    static final double MIN_BAND_EM = 0.8;

    private final ValueAxis values;
    private final List<Band> bands;

    /**
     * @param values the panel's value axis, whose range this axis copies before drawing
     * @param bands  the named bands
     * @param font   font of the names
     * @param paint  colour of the names
     */
    BandLabelAxis(ValueAxis values, List<Band> bands, Font font, Paint paint) {
        super(null);
        this.values = Objects.requireNonNull(values, "values");
        this.bands = List.copyOf(bands);
        setTickLabelFont(font);
        setTickLabelPaint(paint);
        setTickMarksVisible(false);
        setAxisLineVisible(false);
        setRange(new Range(0, 1), true, false);
    }

    /** Where the value axis draws {@code value}: 0 at the bottom of the panel, 1 at the top. */
    private double height(double value) {
        return 1 - values.valueToJava2D(value, UNIT, RectangleEdge.LEFT);
    }

    private static final Rectangle2D UNIT = new Rectangle2D.Double(0, 0, 1, 1);

    /** The band names in band order. */
    List<String> names() {
        return bands.stream().map(Band::name).toList();
    }

    /**
     * One tick per band that is in view, at the middle of its visible part, labelled with its name; in a
     * panel so short that a band is less than {@value #MIN_BAND_EM} of the font size tall, every other band.
     */
    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        // This axis runs from 0 at the bottom to 1 at the top of the panel; values are placed where the
        // value axis (linear or logarithmic) draws them.
        setRange(new Range(0, 1), true, false);
        Range range = values.getRange();
        boolean crowded = bands.stream().anyMatch(b -> !b.isLine()
                && (height(b.to()) - height(b.from())) * dataArea.getHeight() < MIN_BAND_EM * getTickLabelFont().getSize2D());
        List<NumberTick> ticks = new ArrayList<>();
        for (int i = 0; i < bands.size(); i += crowded && !bands.get(i).isLine() ? 2 : 1) {
            Band band = bands.get(i);
            double from = Math.max(band.from(), range.getLowerBound());
            double to = Math.min(band.to(), range.getUpperBound());
            if (from < to || band.isLine() && range.contains(from)) {
                ticks.add(new NumberTick(TickType.MAJOR, 0.5 * (height(from) + height(to)), band.name(), TextAnchor.CENTER_LEFT,
                        TextAnchor.CENTER, 0));
            }
        }
        return ticks;
    }
}
