package org.complaintsuite.intake.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.jspecify.annotations.Nullable;

/** Text clean-up applied to everything a customer wrote or said. */
public final class Texts {

    /** Control and format characters, except line breaks and tabs, which carry the structure of a transcript. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    /** Whitespace, punctuation and symbols: what two spellings of one address may differ in. */
    private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");

    static {
        // the converter loads its dictionaries on first use (about half a second): pay that at start-up, not on the
        // first complaint
        ZhConverterUtil.toSimple("繁體");
    }

    private Texts() {
    }

    /**
     * What a customer wrote or said, ready for matching: {@link #normalize} and traditional characters turned into
     * simplified ones (OpenCC's dictionaries, phrase-aware: 頭髮 → 头发, 發展 → 发展), so that 我要投訴到銀保監會
     * reads as 我要投诉到银保监会.
     */
    public static String customerWords(String text) {
        return ZhConverterUtil.toSimple(normalize(text));
    }

    /** An address folded for comparison: 广东省 深圳市，南山区 and 廣東省深圳市南山區 give the same key. */
    public static String addressKey(String address) {
        return NOT_SIGNIFICANT.matcher(customerWords(address)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Unicode NFKC (full-width letters, digits and punctuation become their ordinary forms), no control characters. */
    public static String normalize(String text) {
        return CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").strip();
    }

    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
