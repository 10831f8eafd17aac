package org.complaintsuite.risk.text;

import java.util.Collection;
import java.util.List;

/**
 * A threat is an intention, not a mention: a named institution counts only when the keyword is itself an action
 * (报警, 起诉, 曝光) or an action word ({@code modifier-threat-action.txt}: 去, 找, 向, 投诉 …) stands in its clause at
 * most {@value #BEFORE_WINDOW} characters before or {@value #AFTER_WINDOW} after it. 人民银行征信中心 alone is a mention.
 */
final class ThreatAction {

    static final int BEFORE_WINDOW = 3;
    static final int AFTER_WINDOW = 8;

    private final List<String> actionWords;

    ThreatAction(Collection<String> actionWords) {
        this.actionWords = List.copyOf(actionWords);
    }

    /** Whether the threat keyword at {@code index} is an action, or has one near it in its clause. */
    boolean accompanies(List<KeywordMatcher.Match> matches, int index, String text) {
        KeywordMatcher.Match target = matches.get(index);
        if (actionWords.stream().anyMatch(target.keyword()::contains)) {
            return true;
        }
        for (KeywordMatcher.Match other : matches) {
            if (other == target || !other.lists().contains(Lexicons.THREAT_ACTION)) {
                continue;
            }
            boolean before = other.end() <= target.start() && target.start() - other.end() <= BEFORE_WINDOW;
            boolean after = other.start() >= target.end() && other.start() - target.end() <= AFTER_WINDOW;
            if (before && Clauses.unbroken(text, other.end(), target.start())
                    || after && Clauses.unbroken(text, target.end(), other.start())) {
                return true;
            }
        }
        return false;
    }
}
