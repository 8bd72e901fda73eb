package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A linear value axis of one panel, labelled horizontally at the left (see {@link PanelLabel}), whose
 * automatic ticks are as dense as the tick labels allow, so that even a short overview panel shows
 * several labelled values.
 */
final class PanelAxis extends NumberAxis {
    /**
     * Smallest distance between two tick labels, in multiples of the tick font size: digits are about
     * 0.73 of the size tall, so neighbouring labels keep a gap of more than a third of their height.
     */
    static final double MIN_TICK_SPACING_EM = 1.1;
    /** About this many ticks at most: a tall single-output panel gets steps of 10, not a ladder of 5s. */
    static final int MAX_TICKS = 8;
    /** Tick steps per decade, in increasing order; 2.5 gives three labelled ticks where 1-2-5 would jump from 20 to 50. */
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

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

    /**
     * Chooses the smallest step of 1, 2, 2.5 or 5 × 10ⁿ (in the axis's unit) whose ticks lie at least
     * {@value #MIN_TICK_SPACING_EM} tick-font sizes apart, and no more than about {@value #MAX_TICKS} of
     * them. JFreeChart's own choice spaces ticks by the
     * font's full line height and steps 1-2-5, which leaves a single tick in a short panel.
     */
    @Override
    protected void selectVerticalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double pxPerUnit = dataArea.getHeight() / getRange().getLength();
        if (!(pxPerUnit > 0) || Double.isInfinite(pxPerUnit)) {
            super.selectVerticalAutoTickUnit(g2, dataArea, edge);
            return;
        }
        double spacingPx = Math.max(MIN_TICK_SPACING_EM * getTickLabelFont().getSize2D(), dataArea.getHeight() / MAX_TICKS);
        setTickUnit(tickUnit(spacingPx / pxPerUnit), false, false);
    }

    /**
     * The smallest step of 1, 2, 2.5 or 5 × 10ⁿ that is at least {@code minStep} (&gt; 0), with a format
     * that shows the decimals the step needs (0.2 → one, 20 → none; 2.5 → 77.5, 80, 82.5).
     */
    static NumberTickUnit tickUnit(double minStep) {
        double decade = Math.pow(10, Math.floor(Math.log10(minStep)));
        for (double factor : STEPS) {
            double step = factor * decade;
            if (step >= minStep * (1 - 1e-9)) {
                int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
                DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
                format.setMinimumFractionDigits(decimals);
                // 2.5 steps need one more decimal, but only where it is not 0: 77.5, 80, 82.5.
                format.setMaximumFractionDigits(factor == 2.5 ? decimals + 1 : decimals);
                return new NumberTickUnit(step, format);
            }
        }
        throw new AssertionError("the steps end with a whole decade");
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
