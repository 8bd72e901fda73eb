package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The label of a panel's value axis, drawn horizontally: the quantity's name, wrapped to a fixed width,
 * and its unit on the line below, flush with the left edge of the chart. JFreeChart's own axis labels
 * are rotated and single-line, which is hard to read from a distance and does not fit names such as
 * "RLS symptom score (IRLS-equivalent)" beside a short panel. Every panel reserves the same width, so
 * the panels' data areas line up. For axes on the left edge only; {@link PanelAxis} and
 * {@link FerritinAxis} draw their labels with it.
 */
final class PanelLabel {
    private final String unit;
    private final Paint unitPaint;
    private final float width;

    /**
     * @param axis      the axis, whose label is set to the quantity, e.g. "Serum ferritin"
     * @param label     the quantity
     * @param unit      its unit, e.g. "ng/mL" ("" for none)
     * @param font      font of both lines
     * @param paint     colour of the label
     * @param unitPaint colour of the unit
     * @param width     width of the label column, px
     */
    PanelLabel(ValueAxis axis, String label, String unit, Font font, Paint paint, Paint unitPaint, float width) {
        this.unit = unit;
        this.unitPaint = unitPaint;
        this.width = width;
        axis.setLabel(label);
        axis.setLabelFont(font);
        axis.setLabelPaint(paint);
        // Half a letter between the column's widest line and the tick labels, which would otherwise touch.
        axis.setLabelInsets(new RectangleInsets(0, 0, 0, font.getSize2D() / 2));
    }

    private TextBlock block(ValueAxis axis, Graphics2D g2) {
        G2TextMeasurer measurer = new G2TextMeasurer(g2);
        TextBlock block = TextUtils.createTextBlock(axis.getLabel(), axis.getLabelFont(), axis.getLabelPaint(), width, measurer);
        if (!unit.isEmpty()) {
            for (Object line : TextUtils.createTextBlock(unit, axis.getLabelFont(), unitPaint, width, measurer).getLines()) {
                block.addLine((TextLine) line);
            }
        }
        block.setLineAlignment(HorizontalAlignment.LEFT);
        return block;
    }

    /** The label column: the fixed width plus the label insets, and the height of the wrapped text. */
    Rectangle2D enclosure(ValueAxis axis, Graphics2D g2) {
        double height = block(axis, g2).calculateDimensions(g2).getHeight();
        return new Rectangle2D.Double(0, 0, width + axis.getLabelInsets().getLeft() + axis.getLabelInsets().getRight(), height);
    }

    /**
     * Draws the label at the left of the panel's area, level with the top of its data area; in a panel
     * shorter than the label, centred on the data area instead, so that it spills evenly into the gaps
     * above and below rather than into the next panel's label.
     */
    AxisState draw(ValueAxis axis, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea, AxisState state) {
        TextBlock block = block(axis, g2);
        boolean fits = block.calculateDimensions(g2).getHeight() <= dataArea.getHeight();
        block.draw(g2, (float) plotArea.getMinX(), (float) (fits ? dataArea.getMinY() : dataArea.getCenterY()),
                fits ? TextBlockAnchor.TOP_LEFT : TextBlockAnchor.CENTER_LEFT);
        state.cursorLeft(enclosure(axis, g2).getWidth());
        return state;
    }
}
