package org.complaintsuite.risk.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.complaintsuite.risk.text.KeywordMatcher;
import org.complaintsuite.risk.text.Lexicons;

/**
 * What the agent-wording rules look at around a match: two words of different lists near each other in one clause
 * or sentence, and whether a negator before them takes back what they say.
 */
final class WordPairs {

    /** How far before a match a negator still negates it, in one clause. */
    static final int NEGATION_REACH = 6;
    /** Clause ends: punctuation or white space, but quotation marks, which quote inside a clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。！？；、,.!?;:：…~～\\s]");
    /** Sentence ends: a promise may run over a comma (不会影响您的征信，我保证), not over a full stop. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[。！？!?；;\\n]");
    /** Between a negator and what follows it, a condition: 不还就上门 threatens, 不会上门 does not. */
    private static final Pattern CONDITION = Pattern.compile("就|才|否则|不然|的话|要不");
    /**
     * What a negator negates when it is the customer's not doing what they owe (不还, 不接电话, 不配合): a condition of
     * the threat after it, not its negation.
     */
    private static final Pattern CUSTOMERS_DUTY = Pattern.compile("^(还|接|配合|处理|回电|回复|联系我|上班|出面|露面|看)");

    /** Words after it in the sentence that deny it: 报警抓人这种事不存在, 挂到网上那是违法的, 这个我确实做不到. */
    private static final Pattern DENIED_AFTER = Pattern.compile(
            "^[^。！？!?；;\\n]{0,12}?(不存在|是谣言|是违法的|违法的|不会发生|不可能|做不到|办不到|不会这样|不允许)");
    /** Words before it in the sentence that report what someone else said: 您是说催收员讲"去你单位闹". */
    private static final Pattern REPORTED_BEFORE = Pattern.compile(
            "(您是说|(?<![跟和给对])您说|(?<![跟和给对])你说|您反映|您提到|您要我|有人说|对方|据您|说是|听说|网上说|网上那些)"
                    + "[^。！？!?；;\\n]*$");

    /** 别 tells the customer not to do something (别哭穷, 别逼我们上门): it takes back nothing the agent says. */
    private static final String IMPERATIVE = "别";

    private WordPairs() {
    }

    /** 是不是, 能不能, 会不会: a question, not a negation. */
    private static boolean asksYesOrNo(String words, KeywordMatcher.Match negator) {
        return negator.keyword().equals("不") && negator.start() > 0 && negator.end() < words.length()
                && words.charAt(negator.start() - 1) == words.charAt(negator.end());
    }

    /** Two matches, the first starting first. */
    record Pair(KeywordMatcher.Match first, KeywordMatcher.Match second) {

        int start() {
            return first.start();
        }

        int end() {
            return Math.max(first.end(), second.end());
        }
    }

    /**
     * Every pair of a word of {@code firstList} and a later word of {@code secondList} (or, with {@code eitherOrder},
     * the other way round too) with at most {@code gap} characters between them and no clause break (with
     * {@code sentence}, no sentence break).
     */
    static List<Pair> find(List<KeywordMatcher.Match> matches, String words, String firstList, String secondList,
            int gap, boolean eitherOrder, boolean sentence) {
        List<Pair> pairs = new ArrayList<>();
        for (KeywordMatcher.Match a : matches) {
            for (KeywordMatcher.Match b : matches) {
                boolean inOrder = a.lists().contains(firstList) && b.lists().contains(secondList);
                boolean reversed = eitherOrder && a.lists().contains(secondList) && b.lists().contains(firstList);
                if (a == b || b.start() < a.end() || b.start() - a.end() > gap || !(inOrder || reversed)) {
                    continue;
                }
                String between = words.substring(a.end(), b.start());
                if (!(sentence ? SENTENCE_BREAK : CLAUSE_BREAK).matcher(between).find()) {
                    pairs.add(new Pair(a, b));
                }
            }
        }
        return pairs;
    }

    /** Whether the sentence takes back the words at [start, end): reported from someone else, or denied after. */
    static boolean disowned(String words, int start, int end) {
        return REPORTED_BEFORE.matcher(words.substring(0, start)).find()
                || DENIED_AFTER.matcher(words.substring(end)).lookingAt();
    }

    /** Whether nothing ends a sentence between {@code from} and {@code to}. */
    static boolean sameSentence(String words, int from, int to) {
        return !SENTENCE_BREAK.matcher(words.substring(from, to)).find();
    }

    /**
     * Whether a negator earlier in the clause, at most {@value #NEGATION_REACH} characters before {@code start},
     * negates what starts there: not when a condition stands between (不还就, 不配合的话), when it negates the
     * customer's duty (不还, 不接电话, 不看合同), nor 别, which tells the customer what not to do.
     */
    static boolean negated(List<KeywordMatcher.Match> matches, int start, String words) {
        for (KeywordMatcher.Match negator : matches) {
            if (!negator.lists().contains(Lexicons.NEGATOR) || negator.end() > start
                    || start - negator.end() > NEGATION_REACH || IMPERATIVE.equals(negator.keyword())
                    || asksYesOrNo(words, negator)) {
                continue;
            }
            String between = words.substring(negator.end(), start);
            if (!CLAUSE_BREAK.matcher(between).find() && !CONDITION.matcher(between).find()
                    && !CUSTOMERS_DUTY.matcher(words.substring(negator.end())).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
