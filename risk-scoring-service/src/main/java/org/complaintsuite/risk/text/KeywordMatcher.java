package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds every keyword of every list in one pass over the text (Aho-Corasick), however many lists and keywords
 * there are. Within one list, where keywords overlap the longest wins, so 金融监管总局 is found whole rather than as
 * 监管; across lists overlaps all count, so 撤销征信 is both an agency phrase and the credit-report topic. A keyword
 * made of digits (12378, 12345) only counts when it is not part of a longer number, such as a phone number.
 */
public final class KeywordMatcher {

    /** One occurrence: the lists the keyword belongs to, the keyword, and its span [start, end). */
    public record Match(Set<String> lists, String keyword, int start, int end) {
    }

    private final PayloadTrie<Set<String>> trie;

    public KeywordMatcher(Map<String, ? extends Collection<String>> lists) {
        Map<String, Set<String>> listsByKeyword = new TreeMap<>();
        lists.forEach((list, keywords) -> keywords.forEach(
                keyword -> listsByKeyword.computeIfAbsent(keyword, k -> new LinkedHashSet<>()).add(list)));
        var builder = PayloadTrie.<Set<String>>builder();
        listsByKeyword.forEach((keyword, names) -> builder.addKeyword(keyword, Set.copyOf(names)));
        this.trie = builder.build();
    }

    /** Every occurrence, in text order (by start, then longest first). */
    public List<Match> find(String text) {
        Map<String, List<Match>> byList = new TreeMap<>();
        for (PayloadEmit<Set<String>> emit : trie.parseText(text)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            String keyword = emit.getKeyword();
            if (isDigits(keyword) && (isDigitAt(text, start - 1) || isDigitAt(text, end))) {
                continue;
            }
            for (String list : emit.getPayload()) {
                byList.computeIfAbsent(list, l -> new ArrayList<>()).add(new Match(Set.of(list), keyword, start, end));
            }
        }
        List<Match> matches = new ArrayList<>();
        byList.values().forEach(candidates -> matches.addAll(longestWithoutOverlap(candidates)));
        matches.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed())
                .thenComparing(Match::keyword));
        return merged(matches);
    }

    /** Longest first, then leftmost; a match overlapping one already taken is dropped. */
    private static List<Match> longestWithoutOverlap(List<Match> candidates) {
        List<Match> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed()
                .thenComparingInt(Match::start));
        List<Match> taken = new ArrayList<>();
        for (Match match : ordered) {
            if (taken.stream().noneMatch(t -> t.start() < match.end() && match.start() < t.end())) {
                taken.add(match);
            }
        }
        return taken;
    }

    /** One match per keyword occurrence, naming every list it was kept in. */
    private static List<Match> merged(List<Match> matches) {
        List<Match> merged = new ArrayList<>();
        for (Match match : matches) {
            Match last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && last.start() == match.start() && last.end() == match.end()) {
                Set<String> lists = new LinkedHashSet<>(last.lists());
                lists.addAll(match.lists());
                merged.set(merged.size() - 1, new Match(Set.copyOf(lists), last.keyword(), last.start(), last.end()));
            }
            else {
                merged.add(match);
            }
        }
        return merged;
    }

    private static boolean isDigits(String keyword) {
        return keyword.chars().allMatch(Character::isDigit);
    }

    private static boolean isDigitAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isDigit(text.charAt(index));
    }
}
