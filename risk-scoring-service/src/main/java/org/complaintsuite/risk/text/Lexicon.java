package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.complaintsuite.model.Evidence;

/**
 * Named groups of keywords, each group a signal. Finds every occurrence of every keyword of a group in a text
 * and returns them as evidence spans, longest keyword first at any position so that 金融监管总局 is reported
 * whole rather than as 监管.
 */
public final class Lexicon {

    private final Map<String, List<String>> groups;

    public Lexicon(Map<String, List<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    /** Non-overlapping matches of one group's keywords in {@code text}, in text order. */
    public List<Evidence> find(String group, String text) {
        List<String> keywords = new ArrayList<>(groups.getOrDefault(group, List.of()));
        keywords.sort((a, b) -> Integer.compare(b.length(), a.length()));
        List<Evidence> found = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            String match = null;
            for (String keyword : keywords) {
                if (text.startsWith(keyword, position)) {
                    match = keyword;
                    break;
                }
            }
            if (match != null) {
                found.add(Evidence.span(match, position));
                position += match.length();
            }
            else {
                position++;
            }
        }
        return found;
    }
}
