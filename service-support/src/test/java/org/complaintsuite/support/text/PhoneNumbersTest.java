package org.complaintsuite.support.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+86 138-0013-8000", "138 0013 8000", "13800138000", "+8613800138000", "008613800138000",
            "0086 138 0013 8000", "１３８００１３８０００", "＋８６ １３８-００１３-８０００", " 138\u200B0013\u00008000 "})
    void chineseMobileNumberInAnyCommonSpellingBecomesE164(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).contains("+8613800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "138001380001234"})
    void somethingThatIsNotAValidNumberIsEmpty(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"86-13800138000", "8613800138000", "86 138 0013 8000"})
    void chineseMobileNumberWithABareCountryCodeBecomesE164(String raw) {
        // Without + or 00 the number is read as a Chinese national number; libphonenumber strips a leading 86 when
        // what follows is a valid national number and the whole is not (13 digits is too long for a mobile), so
        // 86-13800138000 is the mobile 13800138000, which is right
        assertThat(PhoneNumbers.toE164(raw)).contains("+8613800138000");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "010-12345678     | +861012345678",
            "(010) 1234 5678  | +861012345678",
            "+86 10 1234 5678 | +861012345678",
            "(0755) 8888 8888 | +8675588888888",
            "0755-88888888    | +8675588888888",
            "（０７５５）８８８８ ８８８８ | +8675588888888",
            "021 6888 8888    | +862168888888",
            "0086 21 6888 8888 | +862168888888"})
    void landlineWithItsAreaCodeBecomesE164WithoutTheTrunkPrefix(String raw, String e164) {
        assertThat(PhoneNumbers.toE164(raw)).contains(e164);
    }
}
