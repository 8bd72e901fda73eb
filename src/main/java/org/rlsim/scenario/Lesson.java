package org.rlsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What a scenario teaches, for the teacher: the hypothesis it illustrates, where the numbers come from,
 * and the teaching note, a question to ask before running ({@code predict}) and what the run shows
 * ({@code observe}). Every part may be empty in a student's own file; bundled lessons fill in all of it.
 *
 * @param hypothesis one sentence, or "" when the file gives none
 * @param sources    short citations, in file order (may be empty)
 * @param predict    question to ask before running, or ""
 * @param observe    what the run shows, or ""
 */
public record Lesson(String hypothesis, List<String> sources, String predict, String observe) {
    /** A scenario that says nothing about what it teaches. */
    public static final Lesson NONE = new Lesson("", List.of(), "", "");

    public Lesson {
        Objects.requireNonNull(hypothesis, "hypothesis");
        Objects.requireNonNull(predict, "predict");
        Objects.requireNonNull(observe, "observe");
        sources = List.copyOf(sources);
    }
}
