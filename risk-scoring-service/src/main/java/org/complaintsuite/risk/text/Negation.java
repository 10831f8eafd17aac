package org.complaintsuite.risk.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A negator (不, 没, 别 …) at most {@value #WINDOW} characters before a threat or emotion word, with no punctuation
 * between, cancels it: 我不生气, 不会去起诉 are not signals. A condition between them keeps the threat: in 不处理就报警
 * and 别逼我报警 the negator belongs to the condition (就, 才, 逼, 否则, 不然), not to the threat. A 不 that negates
 * nothing after it (不限于, 不仅, 不管) is no negator.
 */
final class Negation {

    static final int WINDOW = 3;
    private static final Pattern CONDITION = Pattern.compile("就|才|逼|否则|不然");
    /** 不限于, 不仅, 不管 …: a 不 that negates nothing after it. */
    private static final Pattern NOT_NEGATING = Pattern.compile("^(限于|仅|但|只|管|论|光)");

    private Negation() {
    }

    /** Whether a negator shortly before match {@code index} cancels it. */
    static boolean cancels(List<KeywordMatcher.Match> matches, int index, String text) {
        KeywordMatcher.Match target = matches.get(index);
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            if (before.end() > target.start() || !before.lists().contains(Lexicons.NEGATOR)) {
                continue;
            }
            if (target.start() - before.end() > WINDOW) {
                return false;
            }
            if (NOT_NEGATING.matcher(text.substring(before.end())).lookingAt()) {
                continue;
            }
            String between = text.substring(before.end(), target.start());
            return !Clauses.BREAK.matcher(between).find() && !CONDITION.matcher(between).find();
        }
        return false;
    }
}
