package org.complaintsuite.risk.text;

import java.util.List;

/**
 * Reported speech is not the customer's threat or vow: a marker of another speaker, a suggestion, an impersonation
 * or someone else's affair ({@code modifier-hearsay.txt}: 老公说, 有人说, 劝我, 冒充 …) at most {@value #WINDOW}
 * characters before it, within the clause, cancels it (我老公说要去消协, 之前有人说要报警). A marker of reported speech
 * (…说) reaches the rest of its clause, up to {@value #SPEECH_WINDOW} characters; the customer telling someone (跟他说,
 * 对客服说) is no such marker.
 */
final class ReportedSpeech {

    static final int WINDOW = 6;
    /** How far a marker of reported speech (…说) reaches, within its clause. */
    static final int SPEECH_WINDOW = 20;
    /** 跟他说, 对客服说: the customer telling someone, not someone else speaking. */
    private static final String TELLING = "跟对和给向";

    private ReportedSpeech() {
    }

    /** Whether match {@code index} is someone else's words. */
    static boolean cancels(List<KeywordMatcher.Match> matches, int index, String text) {
        KeywordMatcher.Match target = matches.get(index);
        // every earlier match is looked at: a longer marker (别人说) may start where a shorter word (别) does
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            // reported speech (客服说, 老公说) governs the rest of its clause: 客服说对征信有异议也可以找人民银行
            int reach = before.keyword().endsWith("说") ? SPEECH_WINDOW : WINDOW;
            if (before.end() > target.start() || target.start() - before.end() > reach
                    || !before.lists().contains(Lexicons.HEARSAY)) {
                continue;
            }
            if (before.start() > 0 && TELLING.indexOf(text.charAt(before.start() - 1)) >= 0) {
                continue;
            }
            if (Clauses.unbroken(text, before.end(), target.start())) {
                return true;
            }
        }
        return false;
    }
}
