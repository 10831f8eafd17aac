package org.complaintsuite.support.text;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Phone numbers to E.164 ({@code +8613800138000}). libphonenumber knows the numbering plans (mobile ranges,
 * landline area codes, international prefixes), which a hand-written pattern would get wrong at the edges.
 * Numbers without a country code are read as Chinese.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static Optional<String> toE164(String raw) {
        String text = CustomerText.normalize(raw);
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, "CN");
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        }
        catch (NumberParseException ex) {
            return Optional.empty();
        }
    }
}
