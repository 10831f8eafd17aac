package org.complaintsuite.dissatisfaction;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of a text: its distinct character n-grams of {@value #MIN_ORDER} to {@value #MAX_ORDER} characters,
 * each with where it first starts. Chinese has no spaces between words, so n-grams of characters stand in for words
 * and short phrases (不好, 不满意, 太差了) without a segmenter. Before counting, each character is folded on its own
 * (full-width forms to their usual form, upper to lower case, every digit to 0), so offsets stay those of the text;
 * no n-gram spans white space, and none that asks is a feature (see {@link #asks}).
 */
public final class CharNgrams {

    public static final int MIN_ORDER = 1;
    public static final int MAX_ORDER = 3;

    private static final char SPACE = ' ';

    /**
     * Asking carries no weight: an n-gram with a question mark, a question particle or an interrogative word is not
     * a feature. In the reviews the model learns from, questions are mostly complaints (为什么还不发货？); in service
     * contacts most questions are just questions (请问我的账单什么时候出？), and a model that learnt "asking is
     * dissatisfied" would read every enquiry as unhappy.
     */
    private static final String ASKING_CHARACTERS = "?？吗呢哪怎";
    private static final List<String> ASKING_WORDS = List.of("什么", "请问", "多少", "为何", "几时");

    private CharNgrams() {
    }

    /** The distinct n-grams of the text, in order of first appearance, each with its first start offset. */
    public static Map<String, Integer> of(String text) {
        char[] folded = fold(text);
        Map<String, Integer> grams = new LinkedHashMap<>();
        for (int start = 0; start < folded.length; start++) {
            for (int order = MIN_ORDER; order <= MAX_ORDER && start + order <= folded.length; order++) {
                if (folded[start + order - 1] == SPACE) {
                    break;
                }
                String gram = new String(folded, start, order);
                if (!asks(gram)) {
                    grams.putIfAbsent(gram, start);
                }
            }
        }
        return grams;
    }

    /**
     * The value every n-gram of a text takes: one over the square root of how many distinct n-grams it has, so a
     * text's feature vector has length one and a long complaint weighs no more than a short one.
     */
    public static double value(int distinctGrams) {
        return distinctGrams == 0 ? 0 : 1 / Math.sqrt(distinctGrams);
    }

    static boolean asks(String gram) {
        for (int i = 0; i < gram.length(); i++) {
            if (ASKING_CHARACTERS.indexOf(gram.charAt(i)) >= 0) {
                return true;
            }
        }
        for (String word : ASKING_WORDS) {
            if (gram.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static char[] fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return folded;
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return SPACE;
        }
        char folded = c;
        if (c >= 0x80 && !Character.isSurrogate(c)) {
            String normalized = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (normalized.length() == 1) {
                folded = normalized.charAt(0);
            }
        }
        if (Character.isDigit(folded)) {
            return '0';
        }
        return Character.toLowerCase(folded);
    }
}
