package org.complaintsuite.support.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.jspecify.annotations.Nullable;

/**
 * Text clean-up for what customers write or say, shared by intake (which normalizes complaints) and risk scoring
 * (which reads text typed into the front end directly).
 */
public final class CustomerText {

    /** Control and format characters, except line breaks and tabs, which carry the structure of a transcript. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    /** Whitespace, punctuation and symbols: what two spellings of one address or name may differ in. */
    private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");
    private static final Pattern BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\\p{Z}\\s\\p{P}\\p{S}]+(?=\\d)");

    static {
        // the converter loads its dictionaries on first use (about half a second): pay that when the class loads,
        // at start-up, not on the first complaint
        ZhConverterUtil.toSimple("繁體");
    }

    private CustomerText() {
    }

    /**
     * Unicode NFKC (full-width letters, digits and punctuation become their ordinary forms), no control characters,
     * and {@linkplain StorableText storable} (a lone surrogate becomes U+FFFD).
     */
    public static String normalize(String text) {
        return StorableText.of(CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").strip());
    }

    /**
     * {@link #normalize} and traditional characters turned into simplified ones (OpenCC's dictionaries,
     * phrase-aware: 頭髮 → 头发, 發展 → 发展), so that 我要投訴到銀保監會 reads as 我要投诉到银保监会.
     */
    public static String simplified(String text) {
        return ZhConverterUtil.toSimple(normalize(text));
    }

    /**
     * Whether the text says nothing once {@linkplain #normalize normalized}: the same answer as asking of its
     * {@link #simplified} form (the conversion maps characters to characters), without the conversion.
     */
    public static boolean isBlank(String text) {
        return normalize(text).isBlank();
    }

    /**
     * A key for comparison: simplified, no whitespace, punctuation or symbols, upper case. Between two digits a
     * separator stays, as {@code -}: 12-1室 and 121室 are different flats.
     */
    public static String fold(String text) {
        // a private-use character marks the separators to keep: it is none of the classes removed below
        String separated = BETWEEN_DIGITS.matcher(simplified(text)).replaceAll("\uE000");
        return NOT_SIGNIFICANT.matcher(separated).replaceAll("").replace('\uE000', '-').toUpperCase(Locale.ROOT);
    }

    /** Null for a blank value, else the value stripped and {@linkplain StorableText storable}. */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : StorableText.of(text.strip());
    }
}
