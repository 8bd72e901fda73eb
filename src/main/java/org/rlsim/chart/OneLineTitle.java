package org.rlsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;

/**
 * A title or footer that stays on one line: of its texts, longest first, it shows the first that fits
 * the width it is given at its font size; when none fits, the last at a smaller size, down to
 * {@code minSize} (a footer's font is already the smallest the slide allows, so a footer only ever
 * gets a shorter text). Only if even that is too wide does the text wrap.
 */
final class OneLineTitle extends TextTitle {
    private final List<String> texts;
    private final Font font;
    private final float minSize;

    /**
     * @param texts   what to show, longest (most complete) first; at least one
     * @param font    the font, at the preferred size
     * @param minSize smallest font size, px, the last text may shrink to
     */
    OneLineTitle(List<String> texts, Font font, float minSize) {
        super(texts.get(0), font);
        this.texts = List.copyOf(texts);
        this.font = font;
        this.minSize = minSize;
    }

    /** The texts, longest first. */
    List<String> texts() {
        return texts;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double width = constraint.getWidthConstraintType() == LengthConstraintType.NONE || constraint.getWidthRange() == null
                ? Double.POSITIVE_INFINITY
                : constraint.getWidthRange().getUpperBound() - getPadding().getLeft() - getPadding().getRight()
                        - getMargin().getLeft() - getMargin().getRight();
        String chosen = texts.get(texts.size() - 1);
        Font sized = font;
        for (String text : texts) {
            if (fits(g2, text, font, width)) {
                chosen = text;
                break;
            }
        }
        if (!fits(g2, chosen, font, width)) {
            float size = font.getSize2D();
            while (size > minSize && !fits(g2, chosen, sized, width)) {
                size = Math.max(minSize, size * 0.95f);
                sized = font.deriveFont(size);
            }
        }
        if (!chosen.equals(getText())) {
            setText(chosen);
        }
        if (!sized.equals(getFont())) {
            setFont(sized);
        }
        return super.arrange(g2, constraint);
    }

    private static boolean fits(Graphics2D g2, String text, Font font, double width) {
        return width == Double.POSITIVE_INFINITY || font.getStringBounds(text, g2.getFontRenderContext()).getWidth() <= width;
    }
}
