package org.complaintsuite.workflow.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.support.text.IdNumbers;
import org.complaintsuite.support.text.Masks;
import org.complaintsuite.support.text.StorableText;

/**
 * A dead letter's value as operations read it: enough to see what failed, not the complainant. The stored record
 * keeps phones and names (a replay must rebuild the same complaint); what is shown has them masked, mobile numbers
 * wherever they appear and names where a JSON field is named for one. ID numbers were masked before the record
 * reached its dead-letter topic, and are masked here again for records from producers that do not mask.
 */
final class ReadableValue {

    /** Mainland mobile numbers, with or without the country code, standing on their own. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86)?1[3-9]\\d{9}(?![0-9A-Za-z])");

    /** A JSON field whose name says it holds a person's name: {@code "name"}, {@code "customerName"}, ... */
    private static final Pattern NAME_FIELD = Pattern.compile("(\"(?:[A-Za-z]*[Nn]ame)\"\\s*:\\s*\")([^\"\\\\]*)(\")");

    private static final int MAX_LENGTH = 20_000;

    private ReadableValue() {
    }

    static @Nullable String of(byte @Nullable [] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, StandardCharsets.UTF_8);
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH) + "…";
        }
        return StorableText.of(mask(text));
    }

    static String mask(String text) {
        String masked = IdNumbers.maskAll(text);
        masked = MOBILE.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(Masks.phone(match.group())));
        return NAME_FIELD.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                + (match.group(2).isBlank() || isFileName(match.group(0)) ? match.group(2) : Masks.name(match.group(2)))
                + match.group(3)));
    }

    private static boolean isFileName(String field) {
        return field.startsWith("\"fileName\"") || field.startsWith("\"filename\"");
    }
}
