package org.complaintsuite.risk.text;

import java.util.List;
import java.util.regex.Pattern;

/** Where a clause ends, and the nearness of two matches within one: what every modifier rule looks at. */
public final class Clauses {

    /** Punctuation or white space ends a clause. */
    static final Pattern BREAK = Pattern.compile("[\\p{P}\\s]");

    private Clauses() {
    }

    /** Whether {@code text} between {@code from} and {@code to} holds no punctuation or space. */
    public static boolean unbroken(String text, int from, int to) {
        return !BREAK.matcher(text.substring(from, to)).find();
    }

    /**
     * Whether a word of {@code list} ends at most {@code window} characters before match {@code index}, with no
     * punctuation or space in between.
     */
    static boolean precededBy(List<KeywordMatcher.Match> matches, int index, String text, String list, int window) {
        KeywordMatcher.Match target = matches.get(index);
        // every earlier match is looked at: a longer word may start where a shorter one does
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            if (before.end() > target.start() || target.start() - before.end() > window
                    || !before.lists().contains(list)) {
                continue;
            }
            if (unbroken(text, before.end(), target.start())) {
                return true;
            }
        }
        return false;
    }
}
