package org.complaintsuite.support.text;

import org.jspecify.annotations.Nullable;

/**
 * Text that PostgreSQL can hold, in a {@code text} column and inside {@code jsonb}. PostgreSQL refuses NUL in text
 * and {@code \u0000} in jsonb, cannot encode a lone surrogate in UTF-8, and the suite has no use for the other C0
 * controls or the noncharacters U+FFFE and U+FFFF: each of these becomes U+FFFD (the replacement character), so a
 * reader still sees that something was there. Tab, line feed and carriage return stay: they carry a transcript's
 * structure.
 * <p>
 * Intake applies it on purpose (every complaint it accepts is storable downstream); risk scoring and workflow apply
 * it again where they store text, so that a record from another producer cannot put a consumer into a retry loop
 * and the dead-letter topic.
 */
public final class StorableText {

    public static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    /** The text with every character PostgreSQL cannot hold replaced by U+FFFD; the same instance when it is clean. */
    public static String of(String text) {
        int first = firstUnstorable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            }
            else {
                clean.append(isUnstorable(c) ? REPLACEMENT : c);
            }
        }
        return clean.toString();
    }

    /** Null stays null; anything else as {@link #of}. */
    public static @Nullable String ofNullable(@Nullable String text) {
        return text == null ? null : of(text);
    }

    public static boolean isStorable(String text) {
        return firstUnstorable(text) < 0;
    }

    /**
     * A JSON document made storable as {@code jsonb}: the escapes that jsonb refuses or that stand for an unstorable
     * character ({@code \u0000}, the other C0 controls but tab, line feed and carriage return, lone surrogates,
     * U+FFFE/U+FFFF) become {@code \uFFFD}, and unescaped characters are treated as {@link #of} does. A serializer
     * such as Jackson escapes control characters, so cleaning the Java strings alone is not enough once they are JSON.
     */
    public static String json(String json) {
        String text = of(json);
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                clean.append(c);
                i++;
                continue;
            }
            if (text.charAt(i + 1) == 'b' || text.charAt(i + 1) == 'f') {
                // backspace and form feed, in JSON's short escapes: C0 controls like any other
                clean.append("\\uFFFD");
                i += 2;
                continue;
            }
            if (text.charAt(i + 1) != 'u' || i + 6 > text.length()) {
                // any other escape (\\, \", \n, ...) is copied whole, so its second character is never read as a start
                clean.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            int unit = hex(text, i + 2);
            if (unit < 0) {
                clean.append(text, i, i + 6);
                i += 6;
                continue;
            }
            char escaped = (char) unit;
            if (Character.isHighSurrogate(escaped)) {
                int low = i + 12 <= text.length() && text.charAt(i + 6) == '\\' && text.charAt(i + 7) == 'u'
                        ? hex(text, i + 8) : -1;
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    clean.append(text, i, i + 12);
                    i += 12;
                    continue;
                }
            }
            clean.append(isUnstorable(escaped) ? "\\uFFFD" : text.substring(i, i + 6));
            i += 6;
        }
        return clean.toString();
    }

    private static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (isUnstorable(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A single UTF-16 unit that cannot be stored on its own (a surrogate here is one without its pair). */
    private static boolean isUnstorable(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    private static int hex(String text, int from) {
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
