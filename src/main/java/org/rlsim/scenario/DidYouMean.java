package org.rlsim.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Suggests the name someone probably meant when they typed one that does not exist.
 *
 * <p>Names are compared without regard to case, both as a whole and word by word (words are separated
 * by {@code . _ - } and spaces), so {@code bbb.gian} finds {@code bbb.upregulation_gain}: its words
 * {@code bbb} and {@code gian} are 0 and 2 edits from words of that name; and {@code with coffee} finds
 * {@code coffee}, all of whose words were typed. A candidate is suggested only
 * when it is at most {@code max(2, length / 3)} edits away, so unrelated names are not offered.
 */
public final class DidYouMean {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    /** The candidate closest to {@code typed}, if one is close enough; ties go to the earlier candidate. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String wrong = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int score = score(wrong, candidate.toLowerCase(Locale.ROOT));
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return bestScore <= Math.max(2, wrong.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Advice for an unknown name: {@code did you mean 'x'? (<listing>)} when a candidate is close,
     * otherwise just {@code <listing>}.
     *
     * @param listing where the valid names are, e.g. {@code "choose one of: a, b, c"}
     */
    public static String advice(String typed, Collection<String> candidates, String listing) {
        return closest(typed, candidates).map(c -> "did you mean '" + c + "'? (" + listing + ")").orElse(listing);
    }

    /**
     * Edits from wrong to candidate: the smaller of whole-name and word-by-word distance; 1 when every
     * word of the candidate is among the typed words ("with coffee" for "coffee").
     */
    private static int score(String wrong, String candidate) {
        int whole = DISTANCE.apply(wrong, candidate);
        String[] candidateWords = words(candidate);
        List<String> wrongWords = List.of(words(wrong));
        if (wrongWords.containsAll(List.of(candidateWords))) {
            return Math.min(whole, 1);
        }
        int byWord = 0;
        for (String word : wrongWords) {
            int nearest = Integer.MAX_VALUE;
            for (String c : candidateWords) {
                nearest = Math.min(nearest, DISTANCE.apply(word, c));
            }
            byWord += nearest;
        }
        return Math.min(whole, byWord);
    }

    private static String[] words(String name) {
        return name.split("[._\\s-]+");
    }
}
