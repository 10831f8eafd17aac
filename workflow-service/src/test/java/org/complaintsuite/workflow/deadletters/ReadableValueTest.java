package org.complaintsuite.workflow.deadletters;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableValueTest {

    @Test
    void phonesNamesAndIdNumbersAreMaskedForReading() {
        String value = """
                {"customer":{"name":"陈某某","phone":"+8613800138000","idNumber":"44030119850101123X"},
                 "representative":{"name":"李某","phone":"17712345678"},"attachments":[{"fileName":"委托书.pdf"}],
                 "text":"我的电话13800138000"}""";

        String readable = ReadableValue.of(value.getBytes(StandardCharsets.UTF_8));

        assertThat(readable).contains("\"name\":\"陈**\"", "\"name\":\"李*\"", "+86138****8000", "177****5678",
                "4403**********123X", "我的电话138****8000", "\"fileName\":\"委托书.pdf\"");
        assertThat(readable).doesNotContain("13800138000", "陈某某", "44030119850101123X");
    }

    @Test
    void aValueThatIsNotTextIsShownStorably() {
        assertThat(ReadableValue.of(new byte[] {0, (byte) 0xFF, 'a'})).isEqualTo("\uFFFD\uFFFDa");
        assertThat(ReadableValue.of(null)).isNull();
    }
}
