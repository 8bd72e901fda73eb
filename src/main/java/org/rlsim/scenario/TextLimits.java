package org.rlsim.scenario;

/**
 * The longest text, in characters, that each text key of a scenario file may hold (documented in
 * {@code docs/scenario-format.md}). Texts are printed on terminals and drawn on charts; a limit keeps a
 * stray paste from stalling a chart or flooding a terminal. Each is several times the longest text of
 * any bundled lesson.
 */
public final class TextLimits {
    /** {@code title:} one line on a chart (bundled lessons: at most 80). */
    public static final int TITLE = 150;
    /** {@code hypothesis:} one sentence (bundled: at most about 300). */
    public static final int HYPOTHESIS = 1000;
    /** Each of {@code sources:} a short citation (bundled: at most about 125). */
    public static final int SOURCE = 500;
    /** {@code teaching_note:} {@code predict:} and {@code observe:} each a paragraph or two (bundled: at most about 950). */
    public static final int NOTE = 4000;
    /** {@code annotations:} {@code text:} a short label on a chart (bundled: at most about 35). */
    public static final int ANNOTATION = 100;

    private TextLimits() {
    }
}
