package org.complaintsuite.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

    @Test
    void e164PhoneIsMaskedKeepingCountryCodeCarrierPrefixAndTheLastFour() {
        assertThat(Masks.phone("+8613800138000")).isEqualTo("+86138****8000");
    }

    @Test
    void nationalPhoneIsMaskedKeepingThePrefixAndTheLastFour() {
        assertThat(Masks.phone("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void shortPhoneIsMaskedEntirely() {
        assertThat(Masks.phone("12345")).isEqualTo("*****");
    }

    @Test
    void nameIsMaskedAfterTheFamilyName() {
        assertThat(Masks.name("陈某某")).isEqualTo("陈**");
        assertThat(Masks.name("陈某")).isEqualTo("陈*");
        assertThat(Masks.name(" 李 ")).isEqualTo("李*");
    }
}
