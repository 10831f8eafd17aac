package org.complaintsuite.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

    @Test
    void eighteenCharacterIdNumberInTextIsMaskedKeepingRegionAndLastFour() {
        assertThat(IdNumbers.maskAll("身份证号44030119850101123X，电话13800138000"))
                .isEqualTo("身份证号4403**********123X，电话13800138000");
        assertThat(IdNumbers.maskAll("{\"idNumber\":\"110101199003077719\"}"))
                .isEqualTo("{\"idNumber\":\"1101**********7719\"}");
    }

    @Test
    void lowerCaseCheckCharacterIsFoundToo() {
        assertThat(IdNumbers.maskAll("id 44030119850101123x")).isEqualTo("id 4403**********123X");
    }

    @Test
    void firstGenerationFifteenDigitNumberIsMasked() {
        assertThat(IdNumbers.maskAll("旧证号440301850101123。")).isEqualTo("旧证号4403*******1123。");
    }

    @Test
    void numberWithAWrongCheckCharacterIsStillMasked() {
        assertThat(IdNumbers.containsIdNumber("440301198501011231")).isTrue();
    }

    @Test
    void digitsThatAreNotAnIdNumberStay() {
        String text = "订单 1760145302000，卡号 6222021234567890123，哈希 ab440301198501011231cd，"
                + "日期不对 440301198513011231，金额 123456789012345678901";
        assertThat(IdNumbers.maskAll(text)).isSameAs(text);
        assertThat(IdNumbers.containsIdNumber(text)).isFalse();
    }
}
