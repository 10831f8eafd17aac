package org.complaintsuite.intake.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+86 138-0013-8000", "138 0013 8000", "13800138000", "+8613800138000", "008613800138000",
            "１３８００１３８０００"})
    void chineseMobileNumberInAnyCommonSpellingBecomesE164(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).contains("+8613800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "138001380001234"})
    void somethingThatIsNotAValidNumberIsEmpty(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).isEmpty();
    }
}
