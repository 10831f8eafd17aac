package org.complaintsuite.risk.links;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TextFingerprintTest {

    // what an agency sends for every borrower it signs up: only the name, date and amount change
    private static final String TEMPLATE = "本人%s，于%s在贵公司申请借款%s元，借款期限12期。贵公司在放款时未经本人同意强制搭售会员费和担保费，"
            + "实际年化利率远超国家规定的24%%上限，严重侵害了本人的合法权益。现本人要求贵公司退还全部会员费、担保费及超出部分的利息，"
            + "并停止一切催收行为。如不处理，本人将向国家金融监督管理总局及人民银行投诉。";

    private static final String FIRST_BORROWER = TEMPLATE.formatted("张伟", "2024年3月15日", "8000");
    private static final String SECOND_BORROWER = TEMPLATE.formatted("李秀英", "2023年11月2日", "12,500");

    @Test
    void theTemplateIsAsLongAsARealComplaint() {
        assertThat(FIRST_BORROWER.length()).isBetween(130, 200);
    }

    @Test
    void identicalTextsAreFullySimilar() {
        assertThat(TextFingerprint.similarity(TextFingerprint.signature(FIRST_BORROWER),
                TextFingerprint.signature(FIRST_BORROWER))).isEqualTo(1.0);
    }

    @Test
    void aTemplateFilledForTwoBorrowersIsANearDuplicateThatSharesABand() {
        int[] first = TextFingerprint.signature(FIRST_BORROWER);
        int[] second = TextFingerprint.signature(SECOND_BORROWER);

        assertThat(TextFingerprint.similarity(first, second)).isGreaterThanOrEqualTo(0.5);
        assertThat(sharedBands(first, second)).isNotEmpty();
    }

    @Test
    void twoUnrelatedComplaintsAboutTheSameTopicAreNotSimilar() {
        int[] earlyRepayment = TextFingerprint.signature(
                "我上个月提前还清了贷款，可是你们还是按照整期收取了利息，客服说这是合同规定的，我觉得很不合理，希望能把多收的钱退给我。");
        int[] insurance = TextFingerprint.signature(
                "为什么我的账单里多了一笔保险费用？办理的时候根本没有人告诉我要买保险，现在每个月都要多付两百块钱，请帮我取消这个服务。");

        assertThat(TextFingerprint.similarity(earlyRepayment, insurance)).isLessThan(0.3);
        assertThat(TextFingerprint.similarity(earlyRepayment, TextFingerprint.signature(FIRST_BORROWER)))
                .isLessThan(0.3);
    }

    @Test
    void digitsPunctuationAndWhitespaceDoNotCount() {
        int[] original = TextFingerprint.signature("本人于2024年12月借款8000元，要求退还担保费和会员费。");
        int[] otherNumbers = TextFingerprint.signature("本人于2023年1月借款12000元，要求退还担保费和会员费。");
        int[] otherPunctuation = TextFingerprint.signature("本人 于2024年12月 借款8000元!! 要求退还担保费、和会员费");

        assertThat(TextFingerprint.similarity(original, otherNumbers)).isEqualTo(1.0);
        assertThat(TextFingerprint.similarity(original, otherPunctuation)).isEqualTo(1.0);
    }

    @Test
    void signaturesAreTheSameOnEveryCall() {
        int[] once = TextFingerprint.signature(FIRST_BORROWER);
        int[] again = TextFingerprint.signature(FIRST_BORROWER);

        assertThat(once).hasSize(TextFingerprint.HASHES).isEqualTo(again).isNotSameAs(again);
        assertThat(TextFingerprint.bandKeys(once)).hasSize(TextFingerprint.BANDS)
                .isEqualTo(TextFingerprint.bandKeys(again));
    }

    @Test
    void similarityIsSymmetric() {
        int[] first = TextFingerprint.signature(FIRST_BORROWER);
        int[] second = TextFingerprint.signature(SECOND_BORROWER);

        assertThat(TextFingerprint.similarity(first, second)).isEqualTo(TextFingerprint.similarity(second, first));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "好", "你好", "。。", " ", "12" })
    void veryShortTextsHaveAFingerprintToo(String text) {
        assertThatNoException().isThrownBy(() -> {
            int[] signature = TextFingerprint.signature(text);
            assertThat(signature).hasSize(TextFingerprint.HASHES);
            assertThat(TextFingerprint.bandKeys(signature)).hasSize(TextFingerprint.BANDS);
            assertThat(TextFingerprint.similarity(signature, TextFingerprint.signature(text))).isEqualTo(1.0);
        });
    }

    @Test
    void twoDifferentShortTextsAreNotNearDuplicates() {
        assertThat(TextFingerprint.similarity(TextFingerprint.signature("你好"), TextFingerprint.signature("再见")))
                .isLessThan(0.5);
    }

    private static Set<Long> sharedBands(int[] a, int[] b) {
        Set<Long> keys = new HashSet<>(Arrays.stream(TextFingerprint.bandKeys(a)).boxed().toList());
        keys.retainAll(Arrays.stream(TextFingerprint.bandKeys(b)).boxed().toList());
        return keys;
    }
}
