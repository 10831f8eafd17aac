package org.complaintsuite.risk.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFinding.Category;
import org.complaintsuite.risk.text.KeywordMatcher;

/**
 * The disclosures an agent must make, read over the whole conversation:
 * <ul>
 *   <li>{@code NO_STAFF_NUMBER}: on a call in which the agent spoke at least {@value #SPOKE_AT_LEAST} times, the agent
 *       never gave a staff number (工号, 号客服 …): the customer must know who served them (首问负责). Chats show the
 *       agent's name themselves and are not checked;</li>
 *   <li>{@code APR_NOT_STATED}: the agent quoted a price (利率, 利息, 服务费 … with a figure in %, 分, 厘, 元 or 块 up
 *       to eight characters after it in the clause, or just before it: 三块钱的利息) and never said 年化: prices of credit are to be given as an annualized rate (中国人民银行公告〔2021〕第3号).</li>
 * </ul>
 */
final class MissingDisclosures {

    static final int SPOKE_AT_LEAST = 2;

    private static final String NUMBER = "[0-9零一二两三四五六七八九十百千万点.]+";
    /** A figure: a share (百分之十, 万分之七), a number with a unit of rate or money, or an amount (一千八左右, 199一年). */
    private static final String FIGURE = "((百分之|千分之|万分之)" + NUMBER + "|" + NUMBER + "多?\\s*(%|％|分|厘|元|块|毛|个点)"
            + "|" + NUMBER + "(左右|出头)|[0-9]{2,}(一年|每年|一个月|每月|每期|一期))";
    /** A figure after a price word, in the same clause, at most eight characters after it. */
    private static final Pattern FIGURE_AFTER = Pattern.compile("^[^，。！？,!?;；\\s]{0,8}?" + FIGURE);
    /** A figure just before a price word: 三块钱的利息, 0.5%的服务费, 一分利. */
    private static final Pattern FIGURE_BEFORE = Pattern.compile("((百分之|千分之|万分之)" + NUMBER + "|" + NUMBER
            + "多?\\s*(%|％|分|厘|元|块钱?|毛钱?|个点))[^，。！？,!?;；\\s]{0,2}$");
    /** The annualized rate, said: 年化, 年利率. */
    private static final Pattern ANNUALIZED = Pattern.compile("年化|年利率|APR", Pattern.CASE_INSENSITIVE);

    private MissingDisclosures() {
    }

    static List<QualityFinding> check(String conversationId, Channel channel, List<AgentWording.AgentTurn> turns) {
        List<QualityFinding> findings = new ArrayList<>();
        if (turns.isEmpty()) {
            return findings;
        }
        if (channel == Channel.PHONE && turns.size() >= SPOKE_AT_LEAST
                && turns.stream().noneMatch(turn -> says(turn, AgentWording.SELF_IDENTIFICATION))) {
            findings.add(turns.getFirst().finding(conversationId, Category.MISSING_DISCLOSURE, "NO_STAFF_NUMBER",
                    "the agent never gave a staff number on the call",
                    List.of(Evidence.fact("no staff number in the agent's " + turns.size() + " turns"))));
        }
        if (turns.stream().noneMatch(turn -> ANNUALIZED.matcher(turn.words()).find())) {
            for (AgentWording.AgentTurn turn : turns) {
                List<Evidence> prices = prices(turn);
                if (!prices.isEmpty()) {
                    findings.add(turn.finding(conversationId, Category.MISSING_DISCLOSURE, "APR_NOT_STATED",
                            "quotes a price without its annualized rate (年化)", prices));
                }
            }
        }
        return findings;
    }

    private static boolean says(AgentWording.AgentTurn turn, String list) {
        return turn.matches().stream().anyMatch(match -> match.lists().contains(list));
    }

    private static List<Evidence> prices(AgentWording.AgentTurn turn) {
        List<Evidence> prices = new ArrayList<>();
        for (KeywordMatcher.Match match : turn.matches()) {
            if (!match.lists().contains(AgentWording.PRICE)) {
                continue;
            }
            String words = turn.words();
            Matcher after = FIGURE_AFTER.matcher(words).region(match.end(), words.length());
            Matcher before = FIGURE_BEFORE.matcher(words).region(Math.max(0, match.start() - 12), match.start());
            if (after.lookingAt()) {
                prices.add(Evidence.span(words.substring(match.start(), after.end()), match.start()));
            }
            else if (before.find()) {
                prices.add(Evidence.span(words.substring(before.start(), match.end()), before.start()));
            }
        }
        return prices;
    }
}
