package org.complaintsuite.dissatisfaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharNgramsTest {

    @Test
    void aTextHasItsOneTwoAndThreeCharacterGramsEachAtItsFirstStart() {
        assertThat(CharNgrams.of("不好不好")).containsExactly(
                java.util.Map.entry("不", 0), java.util.Map.entry("不好", 0), java.util.Map.entry("不好不", 0),
                java.util.Map.entry("好", 1), java.util.Map.entry("好不", 1), java.util.Map.entry("好不好", 1));
    }

    @Test
    void noGramSpansWhiteSpace() {
        assertThat(CharNgrams.of("太差 了").keySet()).containsExactlyInAnyOrder("太", "太差", "差", "了");
    }

    @Test
    void fullWidthFormsCaseAndDigitsFoldButOffsetsStayThoseOfTheText() {
        var grams = CharNgrams.of("等了３天ＡＰＰ");

        assertThat(grams).containsEntry("0天", 2).containsEntry("app", 4).containsEntry("了0天", 1);
    }

    @Test
    void gramsThatAskAreNoFeatures() {
        assertThat(CharNgrams.of("什么时候到账？").keySet()).doesNotContain("什么", "什么时", "到账？", "账？", "？")
                .contains("什", "么", "时候到", "到账");
        assertThat(CharNgrams.asks("还款吗")).isTrue();
        assertThat(CharNgrams.asks("还款")).isFalse();
    }

    @Test
    void everyGramOfATextTakesOneOverTheRootOfTheirNumber() {
        assertThat(CharNgrams.value(4)).isEqualTo(0.5);
        assertThat(CharNgrams.value(0)).isZero();
    }
}
