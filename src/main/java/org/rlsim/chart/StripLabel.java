package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
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
 * A text in the dose strip, anchored at a point in data coordinates and moved sideways by a distance in
 * pixels: so that a label beside a marker keeps the same gap from it whatever the width of the slide
 * (JFreeChart's text annotation can only be offset in data units, which shrink on a 4:3 slide). Drawn
 * on an optional background box, which keeps it readable over the row's other markers.
 */
final class StripLabel extends AbstractXYAnnotation {
    private final String text;
    private final double x;
    private final double y;
    private final double offsetPx;
    private final TextAnchor anchor;
    private final transient Font font;
    private final transient Paint paint;
    private final transient Paint background;

    /**
     * @param text       the label
     * @param x          domain value of the anchor point (the time axis's unit)
     * @param y          range value of the anchor point (the strip's row)
     * @param offsetPx   horizontal shift of the text from the point, px (positive: to the right)
     * @param anchor     which point of the text's bounds goes to the shifted point
     * @param background paint of the box behind the text, or {@code null} for none
     */
    StripLabel(String text, double x, double y, double offsetPx, TextAnchor anchor, Font font, Paint paint, Paint background) {
        this.text = Objects.requireNonNull(text, "text");
        this.x = x;
        this.y = y;
        this.offsetPx = offsetPx;
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.font = Objects.requireNonNull(font, "font");
        this.paint = Objects.requireNonNull(paint, "paint");
        this.background = background;
    }

    /** The label's text. */
    String text() {
        return text;
    }

    /** Horizontal shift of the text from its anchor point, px. */
    double offsetPx() {
        return offsetPx;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        float px = (float) (domainAxis.valueToJava2D(x, dataArea, domainEdge) + offsetPx);
        float py = (float) rangeAxis.valueToJava2D(y, dataArea, rangeEdge);
        g2.setFont(font);
        if (background != null) {
            Shape box = TextUtils.calculateRotatedStringBounds(text, g2, px, py, anchor, 0, anchor);
            g2.setPaint(background);
            g2.fill(box);
        }
        g2.setPaint(paint);
        TextUtils.drawAlignedString(text, g2, px, py, anchor);
    }
}
