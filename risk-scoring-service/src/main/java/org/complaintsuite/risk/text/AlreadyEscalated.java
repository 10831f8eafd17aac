package org.complaintsuite.risk.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

/**
 * A threat already carried out (我已经报警了, 12378我也打过了, 派出所给我出了报案回执) is {@code ALREADY_ESCALATED}:
 * escalation context, as a regulator transfer is, rather than a threat. 我已经准备去银保监会投诉 is still a threat.
 */
final class AlreadyEscalated {

    static final String CODE = "ALREADY_ESCALATED";
    static final int WEIGHT = 30;
    private static final int BEFORE_WINDOW = 8;
    private static final int AFTER_WINDOW = 8;
    /** 已经, 之前, 上周 … before a threat in its clause: it is something the customer did, not will do. */
    private static final Pattern PAST_BEFORE = Pattern.compile("已经|早就|早已|之前|以前|上次|上周|上个月|前几天|前天|昨天|曾经|已");
    /** 要, 准备, 再 … between such a marker and the threat: 我已经准备去起诉 is still a threat. */
    private static final Pattern FUTURE = Pattern.compile("要|会|准备|打算|将|就|再|马上|立刻|一定|还得");
    /** 打过, 反映过, 报案回执 right after a threat: done already. */
    private static final Pattern PAST_AFTER = Pattern.compile(
            "(打|反映|投诉|举报|报|找|去|问|咨询|联系|告|发|写)过|回执|笔录|^(那边|这边)?我?也?(已经|早就|早已|已)");

    private AlreadyEscalated() {
    }

    /**
     * Whether a threat is something already done: a past marker before it in its clause with no intention between
     * (我已经报警了, 之前找过律师), or a past form right after it (12378我也打过了, 派出所给我出了报案回执).
     */
    static boolean done(KeywordMatcher.Match match, String text) {
        int from = Math.max(0, match.start() - BEFORE_WINDOW);
        String before = text.substring(from, match.start());
        Matcher breaks = Clauses.BREAK.matcher(before);
        while (breaks.find()) {
            before = before.substring(breaks.end());
            breaks = Clauses.BREAK.matcher(before);
        }
        Matcher marker = PAST_BEFORE.matcher(before);
        if (marker.find() && !FUTURE.matcher(before.substring(marker.end())).find()) {
            return true;
        }
        String after = text.substring(match.end(), Math.min(text.length(), match.end() + AFTER_WINDOW));
        Matcher afterBreak = Clauses.BREAK.matcher(after);
        if (afterBreak.find()) {
            after = after.substring(0, afterBreak.start());
        }
        return PAST_AFTER.matcher(after).find() || PAST_AFTER.matcher(match.keyword()).find();
    }

    /** The signal for the threats found already done. */
    static RiskSignal signal(List<Evidence> done) {
        return new RiskSignal(CODE, "says the matter already went to a regulator, the media, a court or the police",
                WEIGHT, done);
    }
}
