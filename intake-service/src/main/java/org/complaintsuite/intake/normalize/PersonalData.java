package org.complaintsuite.intake.normalize;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.complaintsuite.support.text.CustomerText;

/**
 * Keyed hashing of identifiers. A national ID number is never kept: only its HMAC-SHA256 under the service's
 * secret key (so that complaints of one person can be linked, but the number cannot be recovered by hashing all
 * possible numbers) and a masked form for people to read.
 */
public final class PersonalData {

    private final SecretKeySpec key;

    public PersonalData(String secretKey) {
        this.key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String keyedHash(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((kind + ':' + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";

    /** Whether an 18-character resident ID number (GB 11643) has the right form and check character. */
    public static boolean isValidIdNumber(String idNumber) {
        String value = idNumber.strip().toUpperCase(Locale.ROOT);
        return value.matches("\\d{17}[\\dX]") && value.charAt(17) == checkCharacter(value.substring(0, 17));
    }

    /**
     * The 18-character form of an ID number, so that both forms of one person's number hash alike: upper case, and
     * a first-generation 15-digit number widened (century 19 inserted, check character computed). Anything else is
     * returned upper-cased as it is.
     */
    public static String canonicalIdNumber(String idNumber) {
        String value = CustomerText.normalize(idNumber).replace(" ", "").toUpperCase(Locale.ROOT);
        if (value.matches("\\d{15}")) {
            String body = value.substring(0, 6) + "19" + value.substring(6);
            return body + checkCharacter(body);
        }
        return value;
    }

    private static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * {@code 44030119850101123X} → {@code 4403**********123X}: the region prefix and the last four kept of a resident
     * ID number; shorter numbers (passports, old documents) keep at most a quarter at each end, so that most of the
     * number is always hidden.
     */
    public static String maskIdNumber(String idNumber) {
        String value = idNumber.strip().toUpperCase(Locale.ROOT);
        int keep = Math.min(4, value.length() / 4);
        if (keep == 0) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keep) + "*".repeat(value.length() - 2 * keep) + value.substring(value.length() - keep);
    }
}
