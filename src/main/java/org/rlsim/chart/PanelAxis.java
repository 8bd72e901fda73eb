package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/** A linear value axis of one panel, labelled horizontally at the left (see {@link PanelLabel}). */
final class PanelAxis extends NumberAxis {
    private final transient PanelLabel panelLabel;

    /**
     * @param label     the quantity, e.g. "Serum ferritin"
     * @param unit      its unit, e.g. "ng/mL" ("" for none)
     * @param font      font of both lines
     * @param paint     colour of the label
     * @param unitPaint colour of the unit
     * @param width     width of the label column, px
     */
    PanelAxis(String label, String unit, Font font, Paint paint, Paint unitPaint, float width) {
        panelLabel = new PanelLabel(this, label, unit, font, paint, unitPaint, width);
    }

    /** The unit line below the label, e.g. "%, daily mean". */
    String unitText() {
        return panelLabel.unit();
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
