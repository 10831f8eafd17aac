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
    /** Clause ends: punctuation or white space. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\p{P}\\s]");
    /** Sentence ends: a promise may run over a comma (不会影响您的征信，我保证), not over a full stop. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[。！？!?；;\\n]");
    /** Between a negator and what follows it, a condition: 不还就上门 threatens, 不会上门 does not. */
    private static final Pattern CONDITION = Pattern.compile("就|才|否则|不然|的话|要不");
    /**
     * What a negator negates when it is the customer's not doing what they owe (不还, 不接电话, 不配合): a condition of
     * the threat after it, not its negation.
     */
    private static final Pattern CUSTOMERS_DUTY = Pattern.compile("^(还|接|配合|处理|回电|回复|联系我|上班|出面|露面|看)");

    /** 别 tells the customer not to do something (别哭穷, 别逼我们上门): it takes back nothing the agent says. */
    private static final String IMPERATIVE = "别";

    private WordPairs() {
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
                    || start - negator.end() > NEGATION_REACH || IMPERATIVE.equals(negator.keyword())) {
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
