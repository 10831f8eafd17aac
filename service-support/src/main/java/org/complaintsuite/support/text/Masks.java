package org.complaintsuite.support.text;

/**
 * Masked forms of personal data, for logs and for the screens that list cases (domain brief §8): enough for a person
 * to tell two customers apart, not enough to call or name them.
 */
public final class Masks {

    private static final int PHONE_KEEP_END = 4;

    private Masks() {
    }

    /** {@code +8613800138000} → {@code +86138****8000}; {@code 13800138000} → {@code 138****8000}. */
    public static String phone(String phone) {
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        int keepStart = Math.min(phone.length() - PHONE_KEEP_END - 4, phone.startsWith("+") ? 6 : 3);
        return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - PHONE_KEEP_END)
                + phone.substring(phone.length() - PHONE_KEEP_END);
    }

    /** 陈某某 → 陈**: the family name's first character kept. */
    public static String name(String name) {
        String value = name.strip();
        return value.isEmpty() ? value : value.substring(0, value.offsetByCodePoints(0, 1))
                + "*".repeat(Math.max(1, value.codePointCount(0, value.length()) - 1));
    }
}
