package org.rlsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The texts of the dose strip, laid out when the strip is drawn, in pixels, so that no text overlaps
 * another or any mark of the strip (markers and agonist bars) whatever the slide's width. JFreeChart's
 * own text annotations are placed in data units and know nothing of each other.
 *
 * <p>Each {@link Group} is placed in turn (earlier groups first): the first of its alternatives whose
 * every text finds a free place is drawn. A text tries, in order, the right of its anchor, the left of
 * it and, when it {@link Text#mayShift() may shift}, further right past whatever is in the way, always
 * inside the data area. When no alternative fits (a row crowded with daily ticks), the last one is drawn
 * at its texts' first places on a white box, readable though covering marks.
 *
 * <p>Holds the places found by the last drawing ({@link #placed()}); build a new chart per thread.
 */
final class StripLabels extends AbstractXYAnnotation {
    /** Gap between a text and the mark it labels or any other mark, px. */
    static final double GAP_PX = 8;
    /** Gap between two texts, px: wide enough that neighbouring labels do not read as one phrase. */
    static final double TEXT_GAP_PX = 4 * GAP_PX;

    /**
     * One text: where it is anchored (data units of the strip) and how far beside the anchor it starts.
     *
     * @param halfWidthPx distance from the anchor to the edge of the mark there (0 for none), px
     * @param mayShift    whether the text may move right past obstacles, away from its anchor
     */
    record Text(String text, double x, double y, double halfWidthPx, boolean mayShift) {
        Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Alternative ways to label one thing, best first; each is a list of texts drawn together. */
    record Group(Color colour, List<List<Text>> alternatives) {
        Group {
            Objects.requireNonNull(colour, "colour");
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a group needs at least one way to be labelled");
            }
        }
    }

    /** A mark drawn at a point of the strip: its shape centred on (x, y), in px. */
    record Mark(double x, double y, Shape shape) {
    }

    /** A bar of the strip, in data units (x: time axis; y: rows). */
    record Bar(double x0, double x1, double y0, double y1) {
    }

    /** A text as drawn: its bounds, px, and whether it had to be drawn over something. */
    record Placed(String text, Rectangle2D bounds, boolean crowded) {
    }

    private final List<Group> groups;
    private final List<Mark> marks;
    private final List<Bar> bars;
    private final transient Font font;
    private final List<Placed> placed = new ArrayList<>();
    private final List<Rectangle2D> markBounds = new ArrayList<>();

    StripLabels(List<Group> groups, List<Mark> marks, List<Bar> bars, Font font) {
        this.groups = List.copyOf(groups);
        this.marks = List.copyOf(marks);
        this.bars = List.copyOf(bars);
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The groups to label, in placing order. */
    List<Group> groups() {
        return groups;
    }

    /** The texts as last drawn, in drawing order (empty before the first drawing). */
    List<Placed> placed() {
        return List.copyOf(placed);
    }

    /** The bounds of every mark and bar as last drawn, px. */
    List<Rectangle2D> markBounds() {
        return List.copyOf(markBounds);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        g2.setFont(font);
        placed.clear();
        markBounds.clear();
        for (Mark m : marks) {
            double px = domainAxis.valueToJava2D(m.x(), dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(m.y(), dataArea, yEdge);
            markBounds.add(AffineTransform.getTranslateInstance(px, py).createTransformedShape(m.shape()).getBounds2D());
        }
        for (Bar b : bars) {
            double x0 = domainAxis.valueToJava2D(b.x0(), dataArea, xEdge);
            double x1 = domainAxis.valueToJava2D(b.x1(), dataArea, xEdge);
            double y0 = rangeAxis.valueToJava2D(b.y0(), dataArea, yEdge);
            double y1 = rangeAxis.valueToJava2D(b.y1(), dataArea, yEdge);
            markBounds.add(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)));
        }
        List<Rectangle2D> taken = new ArrayList<>(markBounds);
        for (Group group : groups) {
            List<Rectangle2D> chosen = null;
            for (List<Text> alternative : group.alternatives()) {
                chosen = place(alternative, g2, dataArea, domainAxis, rangeAxis, xEdge, yEdge, taken);
                if (chosen != null) {
                    draw(g2, alternative, chosen, group.colour(), false);
                    chosen.forEach(r -> taken.add(widened(r)));
                    break;
                }
            }
            if (chosen == null) {
                List<Text> last = group.alternatives().get(group.alternatives().size() - 1);
                List<Rectangle2D> first = new ArrayList<>();
                for (Text t : last) {
                    first.add(right(t, g2, dataArea, domainAxis, rangeAxis, xEdge, yEdge));
                }
                draw(g2, last, first, group.colour(), true);
                first.forEach(r -> taken.add(widened(r)));
            }
        }
    }

    /** Free places for every text of the alternative, or {@code null} when one of them finds none. */
    private static List<Rectangle2D> place(List<Text> texts, Graphics2D g2, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
                                           RectangleEdge xEdge, RectangleEdge yEdge, List<Rectangle2D> taken) {
        List<Rectangle2D> mine = new ArrayList<>();
        for (Text t : texts) {
            List<Rectangle2D> obstacles = new ArrayList<>(taken);
            mine.forEach(r -> obstacles.add(widened(r)));
            Rectangle2D r = right(t, g2, area, xAxis, yAxis, xEdge, yEdge);
            double anchorPx = r.getMinX() - t.halfWidthPx() - GAP_PX;
            Rectangle2D l = new Rectangle2D.Double(anchorPx - t.halfWidthPx() - GAP_PX - r.getWidth(), r.getY(), r.getWidth(),
                    r.getHeight());
            Rectangle2D found = null;
            if (free(r, area, obstacles)) {
                found = r;
            } else if (free(l, area, obstacles)) {
                found = l;
            } else if (t.mayShift()) {
                Rectangle2D s = (Rectangle2D) r.clone();
                Rectangle2D hit;
                while (s.getMaxX() <= area.getMaxX() && (hit = firstHit(s, obstacles)) != null) {
                    s.setRect(hit.getMaxX() + GAP_PX, s.getY(), s.getWidth(), s.getHeight());
                }
                if (free(s, area, obstacles)) {
                    found = s;
                }
            }
            if (found == null) {
                return null;
            }
            mine.add(found);
        }
        return mine;
    }

    /** The text's bounds to the right of its anchor, px. */
    private static Rectangle2D right(Text t, Graphics2D g2, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
                                     RectangleEdge xEdge, RectangleEdge yEdge) {
        double px = xAxis.valueToJava2D(t.x(), area, xEdge) + t.halfWidthPx() + GAP_PX;
        double py = yAxis.valueToJava2D(t.y(), area, yEdge);
        // Measured at the origin and moved in double precision: the same place as the mark's bounds, to the bit.
        Rectangle2D at0 = TextUtils.calculateRotatedStringBounds(t.text(), g2, 0, 0, TextAnchor.CENTER_LEFT, 0,
                TextAnchor.CENTER_LEFT).getBounds2D();
        return new Rectangle2D.Double(at0.getX() + px, at0.getY() + py, at0.getWidth(), at0.getHeight());
    }

    /** A placed text as an obstacle: wider by the difference between {@link #TEXT_GAP_PX} and {@link #GAP_PX} each side. */
    private static Rectangle2D widened(Rectangle2D text) {
        double extra = TEXT_GAP_PX - GAP_PX;
        return new Rectangle2D.Double(text.getX() - extra, text.getY(), text.getWidth() + 2 * extra, text.getHeight());
    }

    private static boolean free(Rectangle2D r, Rectangle2D area, List<Rectangle2D> obstacles) {
        return r.getMinX() >= area.getMinX() && r.getMaxX() <= area.getMaxX() && firstHit(r, obstacles) == null;
    }

    /** The leftmost obstacle closer than {@link #GAP_PX} to {@code r} sideways and overlapping it vertically. */
    private static Rectangle2D firstHit(Rectangle2D r, List<Rectangle2D> obstacles) {
        // Half a pixel less than the gap: a text placed exactly the gap from its own mark does not hit it.
        double gap = GAP_PX - 0.5;
        Rectangle2D grown = new Rectangle2D.Double(r.getX() - gap, r.getY(), r.getWidth() + 2 * gap, r.getHeight());
        Rectangle2D hit = null;
        for (Rectangle2D o : obstacles) {
            if (grown.intersects(o) && (hit == null || o.getMinX() < hit.getMinX())) {
                hit = o;
            }
        }
        return hit;
    }

    private void draw(Graphics2D g2, List<Text> texts, List<Rectangle2D> at, Color colour, boolean crowded) {
        for (int i = 0; i < texts.size(); i++) {
            Rectangle2D r = at.get(i);
            if (crowded) {
                g2.setPaint(Color.WHITE);
                g2.fill(r);
            }
            g2.setPaint(colour);
            TextUtils.drawAlignedString(texts.get(i).text(), g2, (float) r.getMinX(), (float) r.getCenterY(), TextAnchor.CENTER_LEFT);
            placed.add(new Placed(texts.get(i).text(), r, crowded));
        }
    }
}
