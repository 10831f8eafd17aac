package org.complaintsuite.support.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (居民身份证号, GB 11643) found in free text or in a serialized record: the 18-character form
 * (17 digits and a digit or X) and the first-generation 15-digit form. A run of digits counts only when it stands on
 * its own (no letter or digit right before or after, so a hex hash or a longer account number is not cut into) and
 * its birth date is a real date: what is masked is a number a person could be found by, whether or not its check
 * character is right (a mistyped number still names someone).
 */
public final class IdNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:[1-9]\\d{16}[0-9Xx]|[1-9]\\d{14})(?![0-9A-Za-z])");

    private IdNumbers() {
    }

    public static boolean containsIdNumber(String text) {
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (hasBirthDate(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    /** The text with every ID number masked as {@link #mask} does. */
    public static String maskAll(String text) {
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = null;
        int copied = 0;
        while (matcher.find()) {
            if (!hasBirthDate(matcher.group())) {
                continue;
            }
            if (masked == null) {
                masked = new StringBuilder(text.length());
            }
            masked.append(text, copied, matcher.start()).append(mask(matcher.group()));
            copied = matcher.end();
        }
        return masked == null ? text : masked.append(text, copied, text.length()).toString();
    }

    /**
     * {@code 44030119850101123X} → {@code 4403**********123X}, {@code 440301850101123} → {@code 4403*******0123}:
     * the region's first four and the last four kept, as intake's masked form of an ID number.
     */
    public static String mask(String idNumber) {
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8)
                + idNumber.substring(idNumber.length() - 4).toUpperCase(Locale.ROOT);
    }

    private static boolean hasBirthDate(String candidate) {
        try {
            if (candidate.length() == 18) {
                int year = Integer.parseInt(candidate.substring(6, 10));
                return year >= 1900 && year <= 2099 && date(year, candidate.substring(10, 14));
            }
            return date(1900 + Integer.parseInt(candidate.substring(6, 8)), candidate.substring(8, 12));
        }
        catch (NumberFormatException ex) {
            return false;
        }
    }

    private static boolean date(int year, String monthDay) {
        try {
            LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)), Integer.parseInt(monthDay.substring(2)));
            return true;
        }
        catch (DateTimeException ex) {
            return false;
        }
    }
}
