package org.complaintsuite.support.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerTextTest {

    private static final String ADDRESS = "广东省深圳市南山区科技园路1号";

    @Test
    void traditionalCharactersBecomeSimplifiedInTheCustomersWords() {
        assertThat(CustomerText.simplified("我要投訴到銀保監會")).isEqualTo("我要投诉到银保监会");
    }

    @Test
    void blankIsAskedOfTheNormalizedTextAndAgreesWithTheSimplifiedForm() {
        for (String text : new String[] {"", " \t\n", "\u200B\u0007 ", "\u3000", "投訴", "。", "ａ"}) {
            assertThat(CustomerText.isBlank(text)).as(text).isEqualTo(CustomerText.simplified(text).isBlank());
        }
        assertThat(CustomerText.isBlank("\u200B\u0007 \u3000")).isTrue();
        assertThat(CustomerText.isBlank("投訴")).isFalse();
    }

    @Test
    void simplifiedWordsStayAsTheyAre() {
        assertThat(CustomerText.simplified("我要投诉到银保监会")).isEqualTo("我要投诉到银保监会");
    }

    @Test
    void conversionReadsPhrasesNotSingleCharacters() {
        // 髮 (hair) and 發 (to issue) are both 发 in simplified writing; a character table would pick one for 頭髮
        assertThat(CustomerText.simplified("頭髮")).isEqualTo("头发");
    }

    @Test
    void fullWidthDigitsAndPunctuationBecomeTheirOrdinaryForms() {
        assertThat(CustomerText.simplified("我的电话是１３８００１３８０００！，谢谢")).isEqualTo("我的电话是13800138000!,谢谢");
        assertThat(CustomerText.normalize("ＡＢＣ　１２３")).isEqualTo("ABC 123");
    }

    @Test
    void controlAndZeroWidthCharactersAreRemovedButLineBreaksAndTabsAreKept() {
        String text = "第一行\u0000\u200B\u0007结束\n第二行\r\n\t第三行\uFEFF";

        // \r is a control character: a CRLF line break keeps its \n
        assertThat(CustomerText.simplified(text)).isEqualTo("第一行结束\n第二行\n\t第三行");
        assertThat(CustomerText.normalize(text)).isEqualTo("第一行结束\n第二行\n\t第三行");
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertThat(CustomerText.simplified("\u3000 我要投诉 \n")).isEqualTo("我要投诉");
    }

    @ParameterizedTest
    @ValueSource(strings = {"广东省深圳市南山区科技园路1号", "廣東省 深圳市，南山區科技園路１號", "广东省深圳市南山区科技园路 1 号 ",
            "广东省 深圳市 南山区 科技园路 1号。", "\u200B广东省深圳市南山区科技园路1号\u0000"})
    void spellingsOfOneAddressGiveTheSameAddressKey(String address) {
        assertThat(CustomerText.fold(address)).isEqualTo(CustomerText.fold(ADDRESS)).isEqualTo(ADDRESS);
    }

    @Test
    void differentAddressesGiveDifferentAddressKeys() {
        assertThat(CustomerText.fold("广东省深圳市南山区科技园路2号")).isNotEqualTo(CustomerText.fold(ADDRESS));
        assertThat(CustomerText.fold("广东省深圳市福田区科技园路1号")).isNotEqualTo(CustomerText.fold(ADDRESS));
        assertThat(CustomerText.fold("广东省广州市南山区科技园路1号")).isNotEqualTo(CustomerText.fold(ADDRESS));
    }

    @Test
    void numbersSeparatedByAHyphenStayDistinctInTheAddressKey() {
        // 12-1室 (room 1 of unit 12), 121室 and 1-21室 are three different flats; removing the separator between
        // the numbers folds them into one key, so complaints of different people would link as one address
        String unit12Room1 = CustomerText.fold("广东省深圳市南山区科技园路1号3栋12-1室");
        String room121 = CustomerText.fold("广东省深圳市南山区科技园路1号3栋121室");
        String unit1Room21 = CustomerText.fold("广东省深圳市南山区科技园路1号3栋1-21室");

        assertThat(unit12Room1).isNotEqualTo(room121).isNotEqualTo(unit1Room21);
        assertThat(room121).isNotEqualTo(unit1Room21);
    }

    @Test
    void addressKeyIgnoresLetterCase() {
        assertThat(CustomerText.fold("科技园路1号A座")).isEqualTo(CustomerText.fold("科技园路1号ａ座"));
    }
}
