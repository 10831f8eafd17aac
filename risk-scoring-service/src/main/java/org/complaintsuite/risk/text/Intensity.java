package org.complaintsuite.risk.text;

import java.util.List;

/**
 * A degree adverb ({@code modifier-intensifier.txt}: 很, 非常, 太 …) right before an emotion word raises its count by
 * half; a diminisher ({@code modifier-diminisher.txt}: 有点, 有些, 稍微 …) right before anger or an insult cancels it
 * (有点不满意 is mild).
 */
final class Intensity {

    static final double INTENSIFIED = 1.5;
    private static final int INTENSIFIER_WINDOW = 2;
    private static final int DIMINISHER_WINDOW = 2;

    private Intensity() {
    }

    static boolean intensified(List<KeywordMatcher.Match> matches, int index, String text) {
        return Clauses.precededBy(matches, index, text, Lexicons.INTENSIFIER, INTENSIFIER_WINDOW);
    }

    static boolean diminished(List<KeywordMatcher.Match> matches, int index, String text) {
        return Clauses.precededBy(matches, index, text, Lexicons.DIMINISHER, DIMINISHER_WINDOW);
    }
}
