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

    /** Sixty characters: a customer describing an incident in a few words, as others hit by it would. */
    private static final String SHORT_COMPLAINT =
            "你们的客服态度太差了，我打了三次电话都没有人给我解决问题，每次都让我等通知，到现在已经过去半个月了，没消息，请尽快答复。";

    /** A hundred and fifty characters: a letter, as long as an agency's template. */
    private static final String LETTER = "我上个月提前还清了全部贷款，可是你们还是按照整期收取了利息和服务费，客服说这是合同里写明的规定，"
            + "但是签合同的时候根本没有人跟我解释过这一条。我觉得这样收费很不合理，提前还款本来就是为了少付利息，结果一分钱都没有少。"
            + "希望你们核实一下我的还款记录，把多收的利息和服务费退还给我，谢谢。请在一周内给我答复。";

    @Test
    void theTemplateIsAsLongAsARealComplaintAndLongEnoughToCompare() {
        assertThat(FIRST_BORROWER.length()).isBetween(130, 200);
        assertThat(TextFingerprint.comparable(FIRST_BORROWER)).isTrue();
        assertThat(TextFingerprint.comparable(SECOND_BORROWER)).isTrue();
    }

    @Test
    void aSixtyCharacterComplaintIsNotComparedButAHundredAndFiftyCharacterLetterIs() {
        assertThat(SHORT_COMPLAINT).hasSize(60);
        assertThat(LETTER).hasSize(150);

        assertThat(TextFingerprint.comparable(SHORT_COMPLAINT)).isFalse();
        assertThat(TextFingerprint.comparable(LETTER)).isTrue();
    }

    @Test
    void eightySignificantCharactersAreTheLeastThatIsCompared() {
        String eighty = "投诉".repeat(40);

        assertThat(TextFingerprint.MIN_SIGNIFICANT_LENGTH).isEqualTo(80);
        assertThat(TextFingerprint.comparable(eighty)).isTrue();
        assertThat(TextFingerprint.comparable(eighty.substring(1))).isFalse();
        // punctuation, spaces and symbols do not count, and a run of digits counts as one character
        assertThat(TextFingerprint.comparable("投诉".repeat(39) + "，。！ ¥2024")).isFalse();
        assertThat(TextFingerprint.comparable("投诉".repeat(39) + "，。！ ¥2024年")).isTrue();
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
        String earlyRepaymentText = "我上个月提前还清了贷款，可是你们还是按照整期收取了利息，客服说这是合同规定的，我觉得很不合理，"
                + "希望能把多收的钱退给我。我当时在你们的应用里点的提前还款，页面上也没有任何提示说还要付整期的利息，这个做法我无法理解。";
        String insuranceText = "为什么我的账单里多了一笔保险费用？办理的时候根本没有人告诉我要买保险，现在每个月都要多付两百块钱，"
                + "请帮我取消这个服务。我翻了好几遍合同都没找到相关的条款，也从来没有签过什么保险的单子，之前扣的钱也请一起退回来。";
        // long enough to be compared at all: shorter complaints never are
        assertThat(earlyRepaymentText).matches(TextFingerprint::comparable);
        assertThat(insuranceText).matches(TextFingerprint::comparable);
        int[] earlyRepayment = TextFingerprint.signature(earlyRepaymentText);
        int[] insurance = TextFingerprint.signature(insuranceText);

        assertThat(TextFingerprint.similarity(earlyRepayment, insurance)).isLessThan(0.3);
        assertThat(TextFingerprint.similarity(earlyRepayment, TextFingerprint.signature(FIRST_BORROWER)))
                .isLessThan(0.3);
    }

    @Test
    void digitsPunctuationAndWhitespaceDoNotCount() {
        String letter = "本人于%s年%s月借款%s元，借款期限12期。贵公司在放款时未经本人同意强制搭售会员费和担保费，"
                + "实际年化利率远超国家规定的上限，严重侵害了本人的合法权益。现本人要求贵公司退还全部担保费和会员费。";
        String original = letter.formatted("2024", "12", "8000");
        assertThat(original).matches(TextFingerprint::comparable);
        int[] signature = TextFingerprint.signature(original);
        int[] otherNumbers = TextFingerprint.signature(letter.formatted("2023", "1", "12000"));
        int[] otherPunctuation = TextFingerprint.signature(original.replace("，", " ").replace("。", "!! ")
                .replace("担保费和", "担保费、和"));

        assertThat(TextFingerprint.similarity(signature, otherNumbers)).isEqualTo(1.0);
        assertThat(TextFingerprint.similarity(signature, otherPunctuation)).isEqualTo(1.0);
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
    void veryShortTextsHaveAFingerprintTooButAreNotCompared(String text) {
        assertThat(TextFingerprint.comparable(text)).isFalse();
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

    @Test
    void shortComplaintsAboutOneIncidentLookAlikeWhichIsWhyTheyAreNotCompared() {
        // customers hit by the same outage describe it in the same few words, for innocent reasons
        String first = "今天早上你们的应用一直登录不上去，还款也还不了，会不会算我逾期？";
        String second = "今天你们的应用一直登录不上去，还款还不了，会不会算我逾期啊？";

        assertThat(TextFingerprint.similarity(TextFingerprint.signature(first), TextFingerprint.signature(second)))
                .isGreaterThanOrEqualTo(0.5);
        assertThat(TextFingerprint.comparable(first)).isFalse();
        assertThat(TextFingerprint.comparable(second)).isFalse();
    }

    @Test
    void anAgencysShortScriptIsComparedFromThirtyCharacters() {
        // two clients of one agency reading out its script, with a different lender's name
        String first = "你好，我要投诉你们乐享借。你们的利息太高了，年化都超过36%了，这是违法的。不准再上报我的征信。";
        String second = "你好 我要投诉你们安逸借 你们的利息太高了 年化都超过36%了 这是违法的 不准再上报我的征信";

        assertThat(TextFingerprint.comparable(first)).isFalse();
        assertThat(TextFingerprint.comparable(first, true)).isTrue();
        assertThat(TextFingerprint.comparable(second, true)).isTrue();
        assertThat(TextFingerprint.similarity(TextFingerprint.signature(first), TextFingerprint.signature(second)))
                .isGreaterThanOrEqualTo(0.5);
        String thirty = "你".repeat(TextFingerprint.MIN_SCRIPT_LENGTH);
        assertThat(TextFingerprint.comparable(thirty, true)).isTrue();
        assertThat(TextFingerprint.comparable(thirty.substring(1), true)).isFalse();
    }

    private static Set<Long> sharedBands(int[] a, int[] b) {
        Set<Long> keys = new HashSet<>(Arrays.stream(TextFingerprint.bandKeys(a)).boxed().toList());
        keys.retainAll(Arrays.stream(TextFingerprint.bandKeys(b)).boxed().toList());
        return keys;
    }
}
