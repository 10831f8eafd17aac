package org.complaintsuite.risk.links;

import java.util.regex.Pattern;

/**
 * MinHash fingerprint of a text, for finding near-duplicate complaints (templates sent for many borrowers) among
 * millions without comparing texts pairwise.
 * <p>
 * The text is reduced to what a template keeps (no whitespace, punctuation or symbols; every digit run becomes
 * {@code #}, so amounts, dates and account numbers do not count) and cut into overlapping character 3-grams. The
 * signature holds, for each of {@value #HASHES} seeded hash functions, the smallest hash over the 3-grams; the
 * share of equal positions in two signatures estimates the Jaccard similarity of their 3-gram sets.
 * <p>
 * For lookup the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows; texts that agree on a whole
 * band become candidates. With these numbers a pair of similarity 0.7 shares a band with probability 0.97, 0.6 with
 * 0.80, 0.3 with 0.05 and 0.1 with 0.0002. Seeds are fixed: every instance and every restart computes the same
 * fingerprint.
 */
public final class TextFingerprint {

    /**
     * Texts shorter than this (counting only what a template keeps) are not compared. An agency's template is a
     * letter (typically 150–400 characters); short complaints resemble each other for innocent reasons: customers
     * hit by the same incident describe it in the same few words.
     */
    public static final int MIN_SIGNIFICANT_LENGTH = 80;

    /**
     * A shorter text is compared from this length when it is an agency's script: a borrower coached to call or chat
     * reads out the same few lines as the agency's other clients (their demands and arguments, see
     * {@code ProxyScorer#inAgencyWords}). An incident's innocent look-alikes carry none of those words.
     */
    public static final int MIN_SCRIPT_LENGTH = 30;

    public static final int BANDS = 20;
    public static final int ROWS = 5;
    public static final int HASHES = BANDS * ROWS;
    static final int SHINGLE = 3;

    private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private TextFingerprint() {
    }

    /** Whether the text is long enough to be compared with others at all. */
    public static boolean comparable(String text) {
        return comparable(text, false);
    }

    /** Whether the text is long enough to be compared with others, {@code script} telling whether it is a script. */
    public static boolean comparable(String text, boolean script) {
        return reduce(text).length() >= (script ? MIN_SCRIPT_LENGTH : MIN_SIGNIFICANT_LENGTH);
    }

    private static String reduce(String text) {
        return DIGITS.matcher(NOT_SIGNIFICANT.matcher(text).replaceAll("")).replaceAll("#");
    }

    /** The signature of {@code text}; a text too short for one 3-gram is taken whole. */
    public static int[] signature(String text) {
        String reduced = reduce(text);
        int[] signature = new int[HASHES];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        int shingles = Math.max(1, reduced.length() - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long shingle = reduced.isEmpty() ? 0
                    : reduced.substring(s, Math.min(reduced.length(), s + SHINGLE)).hashCode();
            for (int i = 0; i < HASHES; i++) {
                int hash = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (hash < signature[i]) {
                    signature[i] = hash;
                }
            }
        }
        return signature;
    }

    /** One key per band: texts with an equal band key agree on that band's rows. */
    public static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band * 0x100000001B3L;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key ^ signature[band * ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /** Estimated Jaccard similarity: the share of equal positions. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** SplitMix64's finalizer: a fast, well-distributed 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
