package org.complaintsuite.risk.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.TopicSignal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule class of the analyzer by itself, on the matches the service's own matcher finds: the keyword named in
 * each case is the one the rule is asked about.
 */
class TextRulesTest {

    private static final Map<String, java.util.Set<String>> LEXICONS = Lexicons.load().all();
    private static final KeywordMatcher MATCHER = new KeywordMatcher(LEXICONS);

    /** The index of the first match of {@code keyword} in {@code text}. */
    private static int indexOf(List<KeywordMatcher.Match> matches, String keyword) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).keyword().equals(keyword)) {
                return i;
            }
        }
        throw new AssertionError(keyword + " not matched in " + matches);
    }

    @ParameterizedTest(name = "{0}: {1} cancelled {2}")
    @CsvSource({ "我不生气, 生气, true", "不会去起诉, 起诉, true", "不处理就报警, 报警, false", "别逼我报警, 报警, false",
            "包括但不限于向媒体反映, 媒体, false", "我不，生气, 生气, false", "这件事让我生气, 生气, false" })
    void negationCancelsAWordShortlyAfterItUnlessAConditionOrPunctuationStandsBetween(String text, String keyword,
            boolean cancelled) {
        List<KeywordMatcher.Match> matches = MATCHER.find(text);

        assertThat(Negation.cancels(matches, indexOf(matches, keyword), text)).isEqualTo(cancelled);
    }

    @ParameterizedTest(name = "{0}: {1} someone else's {2}")
    @CsvSource({ "我老公说要去消协, 消协, true", "客服说对征信有异议也可以找人民银行, 人民银行, true",
            "我跟客服说要去消协, 消协, false", "我要去消协, 消协, false" })
    void reportedSpeechIsNotTheCustomersOwnThreat(String text, String keyword, boolean cancelled) {
        List<KeywordMatcher.Match> matches = MATCHER.find(text);

        assertThat(ReportedSpeech.cancels(matches, indexOf(matches, keyword), text)).isEqualTo(cancelled);
    }

    @ParameterizedTest(name = "{0}: {1} with an action {2}")
    @CsvSource({ "我直接找金管局, 金管局, true", "我要报警, 报警, true", "人民银行征信中心的记录, 人民银行, false" })
    void aThreatNeedsAnActionInItsClause(String text, String keyword, boolean action) {
        List<KeywordMatcher.Match> matches = MATCHER.find(text);
        ThreatAction rule = new ThreatAction(LEXICONS.get(Lexicons.THREAT_ACTION));

        assertThat(rule.accompanies(matches, indexOf(matches, keyword), text)).isEqualTo(action);
    }

    @ParameterizedTest(name = "{0}: {1} done {2}")
    @CsvSource({ "我已经报警了, 报警, true", "12378我也打过了, 12378, true", "我已经准备去起诉, 起诉, false",
            "我要去起诉, 起诉, false" })
    void aThreatAlreadyCarriedOutIsEscalationContext(String text, String keyword, boolean done) {
        List<KeywordMatcher.Match> matches = MATCHER.find(text);

        assertThat(AlreadyEscalated.done(matches.get(indexOf(matches, keyword)), text)).isEqualTo(done);
        assertThat(AlreadyEscalated.signal(List.of(Evidence.span(keyword, 0))).weight())
                .isEqualTo(AlreadyEscalated.WEIGHT).isEqualTo(30);
    }

    @Test
    void aDegreeAdverbIntensifiesAndADiminisherCancels() {
        String intensified = "我非常生气";
        List<KeywordMatcher.Match> first = MATCHER.find(intensified);
        String diminished = "有点不满意";
        List<KeywordMatcher.Match> second = MATCHER.find(diminished);

        assertThat(Intensity.intensified(first, indexOf(first, "生气"), intensified)).isTrue();
        assertThat(Intensity.diminished(second, second.size() - 1, diminished)).isTrue();
    }

    @Test
    void emphasisFindsEveryRunOfTwoOrMoreMarks() {
        assertThat(Emphasis.find("为什么！！！还不处理?不行??"))
                .containsExactly(Evidence.span("！！！", 3), Evidence.span("??", 13));
        assertThat(Emphasis.find("为什么?还不处理！")).isEmpty();
    }

    @Test
    void aVulnerableCustomerInDistressOrDespairIsASignalOfItsOwn() {
        assertThat(VulnerableInDistress.applies(java.util.Set.of(SignalRule.VULNERABLE_CUSTOMER, SignalRule.DESPAIR)))
                .isTrue();
        assertThat(VulnerableInDistress.applies(java.util.Set.of(SignalRule.VULNERABLE_CUSTOMER, SignalRule.ANGER)))
                .isFalse();
        assertThat(VulnerableInDistress.signal().weight()).isEqualTo(20);
    }

    @Test
    void capsTakeTheirShareInTurnAndLeaveTheRestToEmphasis() {
        SignalCaps caps = new SignalCaps();

        assertThat(caps.apply(SignalRule.ABUSIVE_COLLECTION, 20)).isEqualTo(20);
        assertThat(caps.apply(SignalRule.FEES, 10)).isZero();
        assertThat(caps.apply(SignalRule.ANGER, 30)).isEqualTo(30);
        assertThat(caps.apply(SignalRule.DESPAIR, 60)).isEqualTo(60);
        assertThat(caps.emphatic(Emphasis.WEIGHT)).isEqualTo(5);
    }

    @Test
    void angerCountsEachDistinctWordAMildOneTwoThirdsUpToItsMaximum() {
        assertThat(SignalRule.ANGER.weight(Map.of("生气", 1.0))).isEqualTo(12);
        assertThat(SignalRule.ANGER.weight(Map.of("失望", SignalRule.MILD_ANGER))).isEqualTo(8);
        assertThat(SignalRule.ANGER.strong(Map.of("失望", SignalRule.MILD_ANGER))).isFalse();
        assertThat(SignalRule.ANGER.strong(Map.of("失望", 1.5 * SignalRule.MILD_ANGER))).isTrue();
        assertThat(SignalRule.ANGER.weight(Map.of("a", 1.0, "b", 1.0, "c", 1.0))).isEqualTo(30);
    }

    @Test
    void distressAddsFifteenForEachFurtherDistinctWordUpToSixty() {
        assertThat(SignalRule.DISTRESS.weight(Map.of("失眠", 1.0))).isEqualTo(25);
        assertThat(SignalRule.DISTRESS.weight(Map.of("失眠", 1.0, "心慌", 1.0))).isEqualTo(40);
        assertThat(SignalRule.DISTRESS.weight(Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0))).isEqualTo(60);
    }

    @Test
    void everyTopicRuleReportsItsTopicsCodeAsContext() {
        for (TopicSignal topic : TopicSignal.values()) {
            SignalRule rule = SignalRule.valueOf(topic.name());

            assertThat(rule.code()).isEqualTo(topic.code());
            assertThat(rule.kind()).isEqualTo(SignalRule.Kind.CONTEXT);
        }
    }

    @Test
    void emotionSaturates() {
        assertThat(TextAnalyzer.negativeEmotion(0)).isZero();
        assertThat(TextAnalyzer.negativeEmotion(1)).isEqualTo(0.39);
        assertThat(TextAnalyzer.negativeEmotion(10)).isEqualTo(0.99);
    }
}
