package org.rlsim.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The label of a reference line or of an annotation's vertical line, put where no data runs: of the
 * places beside its line, it takes the first whose text crosses no curve, no daily-range band, no
 * filled area and no label placed before it in the same panel. A horizontal line's label is tried
 * above and below the line, from the right end leftwards; a vertical line's beside its line, right and
 * left and then a little farther off, from the top downwards. When no place is free (a panel full of curves), a label that must be
 * shown takes the place that crosses the fewest pieces of data ({@link #isFree()} then says false); one
 * that may be left out is not drawn.
 *
 * <p>The choice is made anew each time the panel is drawn, from what the panel shows at that size.
 */
final class FreeSpotLabel extends AbstractXYAnnotation {
    /** Which line the label belongs to. */
    enum Line { HORIZONTAL, VERTICAL }

    /** Space between the line and its label, and between the label and the panel's edges, px. */
    private static final double GAP = 6;

    private final String text;
    private final Font font;
    private final transient Paint paint;
    private final Line line;
    private final double value;
    /** Half a curve's width plus a little, px: how close text may come to a curve's centre line. */
    private final double clearance;

    /** Whether the label is drawn even where it must cross data. */
    private final boolean required;

    private transient Rectangle2D placed;
    private transient int crossings;

    /**
     * @param line      the kind of line: a reference value ({@code HORIZONTAL}) or a moment ({@code VERTICAL})
     * @param value     where the line is, in the panel's range units or the time axis's units
     * @param lineWidth width of the curves, px
     * @param required  whether to draw the label even when every place crosses some data
     */
    FreeSpotLabel(String text, Font font, Paint paint, Line line, double value, float lineWidth, boolean required) {
        this.required = required;
        this.text = text;
        this.font = font;
        this.paint = paint;
        this.line = line;
        this.value = value;
        this.clearance = lineWidth / 2.0 + 2;
    }

    String text() {
        return text;
    }

    /** The text's box at the last drawing, in the drawing's coordinates; empty before the first. */
    Rectangle2D placed() {
        return placed == null ? new Rectangle2D.Double() : (Rectangle2D) placed.clone();
    }

    /** Whether the last drawing drew the text where it crosses no data (false also when it was left out). */
    boolean isFree() {
        return placed != null && crossings == 0;
    }

    /** Whether the last drawing drew the text. */
    boolean isDrawn() {
        return placed != null;
    }

    /** Whether the label is drawn even where it must cross data. */
    boolean isRequired() {
        return required;
    }

    /** Each label is itself only: JFreeChart finds annotations to remove by {@code equals}. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        FontMetrics metrics = g2.getFontMetrics(font);
        double w = metrics.getStringBounds(text, g2).getWidth();
        double h = metrics.getAscent() + metrics.getDescent();
        List<Rectangle2D> obstacles = obstacles(plot, dataArea);
        Rectangle2D best = null;
        int fewest = Integer.MAX_VALUE;
        for (Rectangle2D candidate : candidates(plot, dataArea, domainAxis, rangeAxis, w, h)) {
            int hits = crossings(plot, dataArea, candidate, obstacles);
            if (hits < fewest) {
                best = candidate;
                fewest = hits;
                if (hits == 0) {
                    break;
                }
            }
        }
        if (best == null || fewest > 0 && !required) {
            placed = null; // the panel is smaller than the text, or full
            return;
        }
        placed = best;
        crossings = fewest;
        g2.setFont(font);
        g2.setPaint(paint);
        g2.drawString(text, (float) best.getX(), (float) (best.getY() + metrics.getAscent()));
    }

    /** Places beside the line, in order of preference, each inside the data area. */
    private List<Rectangle2D> candidates(XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                                         double w, double h) {
        List<Rectangle2D> places = new ArrayList<>();
        double left = area.getMinX() + GAP;
        double right = area.getMaxX() - GAP - w;
        double top = area.getMinY() + GAP / 2;
        double bottom = area.getMaxY() - GAP / 2 - h;
        if (right < left || bottom < top) {
            return places;
        }
        if (line == Line.HORIZONTAL) {
            double y = rangeAxis.valueToJava2D(value, area, plot.getRangeAxisEdge());
            double[] tops = {y - GAP / 2 - h, y + GAP / 2};
            for (double x = right; x >= left; x -= Math.max(8, w / 8)) {
                for (double t : tops) {
                    if (t >= top && t <= bottom) {
                        places.add(new Rectangle2D.Double(x, t, w, h));
                    }
                }
            }
        } else {
            // Right of the line, then left of it, then a little farther off on either side; where the text
            // is too wide for a side, pushed back inside the panel.
            double x = domainAxis.valueToJava2D(value, area, plot.getDomainAxisEdge());
            List<Double> lefts = new ArrayList<>();
            for (double away = GAP; away <= GAP + w; away += w / 8) {
                lefts.add(Math.max(left, Math.min(right, x + away)));
                lefts.add(Math.max(left, Math.min(right, x - away - w)));
            }
            for (double t = top; t <= bottom; t += Math.max(4, h / 3)) {
                for (double l : lefts) {
                    places.add(new Rectangle2D.Double(l, t, w, h));
                }
            }
        }
        return places;
    }

    /** The boxes of the labels of this panel drawn before this one. */
    private List<Rectangle2D> obstacles(XYPlot plot, Rectangle2D area) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a == this) {
                break;
            }
            if (a instanceof FreeSpotLabel other && other.placed != null) {
                boxes.add(other.placed);
            }
        }
        return boxes;
    }

    /** How many pieces of data (curve segments, band or area slices) and earlier labels the box crosses. */
    private int crossings(XYPlot plot, Rectangle2D area, Rectangle2D box, List<Rectangle2D> labels) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - clearance, box.getY() - clearance,
                box.getWidth() + 2 * clearance, box.getHeight() + 2 * clearance);
        int hits = 0;
        for (Rectangle2D label : labels) {
            if (label.intersects(padded)) {
                hits++;
            }
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            XYItemRenderer renderer = plot.getRendererForDataset(data);
            ValueAxis xAxis = plot.getDomainAxisForDataset(d);
            ValueAxis yAxis = plot.getRangeAxisForDataset(d);
            RectangleEdge yEdge = plot.getRangeAxisEdge(plot.getRangeAxisIndex(yAxis) < 0 ? 0 : plot.getRangeAxisIndex(yAxis));
            boolean band = renderer instanceof DeviationRenderer && data instanceof IntervalXYDataset;
            boolean filled = renderer instanceof XYAreaRenderer;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                double px = Double.NaN;
                double py = Double.NaN;
                double pLo = Double.NaN;
                double pHi = Double.NaN;
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double x = xAxis.valueToJava2D(data.getXValue(s, i), area, xEdge);
                    double y = yAxis.valueToJava2D(data.getYValue(s, i), area, yEdge);
                    double lo = y;
                    double hi = y;
                    if (band) {
                        IntervalXYDataset intervals = (IntervalXYDataset) data;
                        lo = yAxis.valueToJava2D(intervals.getStartYValue(s, i), area, yEdge);
                        hi = yAxis.valueToJava2D(intervals.getEndYValue(s, i), area, yEdge);
                    } else if (filled) {
                        lo = area.getMaxY();
                    }
                    if (!Double.isNaN(px) && !Double.isNaN(x) && !Double.isNaN(y)
                            && Math.max(px, x) >= padded.getMinX() && Math.min(px, x) <= padded.getMaxX()) {
                        if (padded.intersectsLine(px, py, x, y)) {
                            hits++;
                        } else if ((band || filled) && slice(px, pLo, pHi, x, lo, hi).intersects(padded)) {
                            hits++;
                        }
                    }
                    px = x;
                    py = y;
                    pLo = lo;
                    pHi = hi;
                }
            }
        }
        return hits;
    }

    /** The box around the part of a band or area between two neighbouring points. */
    private static Rectangle2D slice(double x0, double a0, double b0, double x1, double a1, double b1) {
        double top = Math.min(Math.min(a0, b0), Math.min(a1, b1));
        double bottom = Math.max(Math.max(a0, b0), Math.max(a1, b1));
        return new Rectangle2D.Double(Math.min(x0, x1), top, Math.abs(x1 - x0), bottom - top);
    }
}
