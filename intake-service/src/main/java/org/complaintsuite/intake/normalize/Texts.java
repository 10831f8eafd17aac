package org.complaintsuite.intake.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Text clean-up applied to everything a customer wrote or said. */
public final class Texts {

    /** Control and format characters, except line breaks and tabs, which carry the structure of a transcript. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    private Texts() {
    }

    /** Unicode NFKC (full-width letters, digits and punctuation become their ordinary forms), no control characters. */
    public static String normalize(String text) {
        return CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").strip();
    }

    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
