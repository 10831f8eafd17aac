package org.complaintsuite.risk.text;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TextAnalyzerTest {

    // as the service builds it: every list, so proxy phrases share the one matcher with the escalation words
    private final TextAnalyzer analyzer = new TextAnalyzer(Lexicons.load().all());

    static Stream<Arguments> oneSignalEach() {
        return Stream.of(
                arguments("再不处理我就去银保监会投诉！", "REGULATOR_THREAT", 60, new Evidence[] { Evidence.span("银保监会", 7) }),
                arguments("打12378投诉你们", "REGULATOR_THREAT", 60, new Evidence[] { Evidence.span("12378", 1) }),
                arguments("我要找媒体曝光你们", "MEDIA_THREAT", 50,
                        new Evidence[] { Evidence.span("媒体", 3), Evidence.span("曝光", 5) }),
                arguments("我已经请了律师，准备起诉", "LEGAL_THREAT", 50,
                        new Evidence[] { Evidence.span("律师", 5), Evidence.span("起诉", 10) }),
                arguments("我要去派出所报案", "POLICE_THREAT", 45,
                        new Evidence[] { Evidence.span("派出所", 3), Evidence.span("报案", 6) }),
                arguments("我要去信访局上访", "PETITION_THREAT", 50,
                        new Evidence[] { Evidence.span("信访局", 3), Evidence.span("上访", 6) }),
                arguments("我已经走投无路了", "DESPAIR", 60, new Evidence[] { Evidence.span("走投无路", 3) }),
                arguments("这件事让我生气", "ANGER", 12, new Evidence[] { Evidence.span("生气", 5) }),
                arguments("你们就是骗子", "INSULT", 15, new Evidence[] { Evidence.span("骗子", 4) }),
                arguments("催收天天骚扰我的家人", "ABUSIVE_COLLECTION", 25,
                        new Evidence[] { Evidence.span("催收", 0), Evidence.span("骚扰", 4) }),
                arguments("我的个人信息被泄露了", "PRIVACY", 15,
                        new Evidence[] { Evidence.span("个人信息", 2), Evidence.span("被泄露", 6) }),
                arguments("这样会影响征信", "CREDIT_REPORT", 10, new Evidence[] { Evidence.span("影响征信", 3) }),
                arguments("为什么收这么多服务费", "FEES", 10, new Evidence[] { Evidence.span("服务费", 7) }),
                arguments("我是退休老人", "VULNERABLE_CUSTOMER", 15,
                        new Evidence[] { Evidence.span("退休", 2), Evidence.span("老人", 4) }),
                arguments("为什么还不处理！！！", "EMPHATIC", 10, new Evidence[] { Evidence.span("！！！", 7) }),
                arguments("怎么回事??", "EMPHATIC", 10, new Evidence[] { Evidence.span("??", 4) }));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("oneSignalEach")
    void eachSignalCarriesItsWeightAndTheSpansThatProducedIt(String text, String code, int weight,
            Evidence[] evidence) {
        TextAnalysis analysis = analyzer.analyze(text);

        assertThat(analysis.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo(code);
            assertThat(signal.weight()).isEqualTo(weight);
            assertThat(signal.evidence()).containsExactly(evidence);
        });
        for (Evidence span : evidence) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.value());
        }
    }

    @Test
    void signalsAreReportedInRuleOrderWhateverTheirOrderInTheText() {
        // TextAnalyzer documents its RULES as "in the order their signals are reported"
        TextAnalysis analysis = analyzer.analyze("利息太高，我要找律师，还要去银保监会投诉！！");

        assertThat(analysis.signals()).extracting(RiskSignal::code)
                .containsExactly("REGULATOR_THREAT", "LEGAL_THREAT", "FEES", "EMPHATIC");
    }

    @ParameterizedTest
    @ValueSource(strings = { "我不生气", "我没有生气", "我不会去起诉你们", "没有报警", "我不想找媒体", "没想过去报警" })
    void aNegatorRightBeforeAThreatOrEmotionCancelsIt(String text) {
        TextAnalysis analysis = analyzer.analyze(text);

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.negativeEmotion()).isZero();
    }

    @Test
    void punctuationBetweenNegatorAndThreatKeepsTheThreat() {
        assertThat(signal(analyzer.analyze("不，我要去法院"), "LEGAL_THREAT"))
                .hasValueSatisfying(legal -> assertThat(legal.evidence()).containsExactly(Evidence.span("法院", 5)));
        assertThat(signal(analyzer.analyze("不 报警"), "POLICE_THREAT")).isPresent();
    }

    @Test
    void aNegatorFourOrMoreCharactersAwayDoesNotCancel() {
        // four characters (给说法就) lie between 不 and 起诉, one more than the negation window
        assertThat(signal(analyzer.analyze("不给说法就起诉"), "LEGAL_THREAT"))
                .hasValueSatisfying(s -> assertThat(s.evidence()).containsExactly(Evidence.span("起诉", 5)));
    }

    @Test
    void theNegatorOfAnotherVerbDoesNotCancelTheThreatThatFollows() {
        TextAnalysis analysis = analyzer.analyze("再不处理我就去银保监会投诉！");

        assertThat(analysis.signals()).extracting(RiskSignal::code).containsExactly("REGULATOR_THREAT");
    }

    @Test
    void topicsAreNotNegated() {
        assertThat(signal(analyzer.analyze("没有催收"), "ABUSIVE_COLLECTION")).isPresent();
    }

    @Test
    void anIntensifiedEmotionWeighsHalfAsMuchAgain() {
        TextAnalysis plain = analyzer.analyze("我生气");
        TextAnalysis intensified = analyzer.analyze("我非常生气");

        assertThat(signal(plain, "ANGER")).hasValueSatisfying(s -> assertThat(s.weight()).isEqualTo(12));
        assertThat(signal(intensified, "ANGER")).hasValueSatisfying(s -> {
            assertThat(s.weight()).isEqualTo(18);
            assertThat(s.evidence()).containsExactly(Evidence.span("生气", 3));
        });
        assertThat(intensified.negativeEmotion()).isGreaterThan(plain.negativeEmotion());
    }

    @Test
    void anIntensifierCountsUpToTwoCharactersBeforeTheEmotion() {
        assertThat(signal(analyzer.analyze("很让人生气"), "ANGER"))
                .hasValueSatisfying(s -> assertThat(s.weight()).isEqualTo(18));
        assertThat(signal(analyzer.analyze("很是让人生气"), "ANGER"))
                .hasValueSatisfying(s -> assertThat(s.weight()).isEqualTo(12));
    }

    @ParameterizedTest(name = "{0} weighs more than {1}")
    @MethodSource("intensifiedAndPlain")
    void anIntensifierBeforeAnAngerWordRaisesItsWeight(String intensified, String plain) {
        int plainWeight = signal(analyzer.analyze(plain), "ANGER").orElseThrow().weight();
        int intensifiedWeight = signal(analyzer.analyze(intensified), "ANGER").orElseThrow().weight();

        assertThat(intensifiedWeight).as("ANGER weight of %s vs %s", intensified, plain).isGreaterThan(plainWeight);
    }

    static Stream<Arguments> intensifiedAndPlain() {
        return Stream.of(
                arguments("我非常生气", "我生气"),
                arguments("我非常不满", "我不满"),
                // 很不满 and 太过分 are keywords of their own, so the longest match swallows the intensifier
                arguments("我很不满", "我不满"),
                arguments("你们太过分了", "你们过分了"));
    }

    @Test
    void angerCountsOncePerDistinctWord() {
        TextAnalysis once = analyzer.analyze("我生气");
        TextAnalysis repeated = analyzer.analyze("我生气，我生气，我生气");

        assertThat(signal(repeated, "ANGER")).hasValueSatisfying(s -> {
            assertThat(s.weight()).isEqualTo(12);
            assertThat(s.evidence()).hasSize(3);
        });
        assertThat(repeated.negativeEmotion()).isEqualTo(once.negativeEmotion());
    }

    @Test
    void anIntensifiedAngerWordRepeatedStillCountsOnce() {
        TextAnalysis analysis = analyzer.analyze("我非常生气，非常生气");

        assertThat(signal(analysis, "ANGER")).hasValueSatisfying(s -> {
            assertThat(s.evidence()).containsExactly(Evidence.span("生气", 3), Evidence.span("生气", 8));
            assertThat(s.weight()).isEqualTo(18);
        });
    }

    @Test
    void distinctAngerWordsAddUpToACap() {
        assertThat(signal(analyzer.analyze("我生气，也失望"), "ANGER"))
                .hasValueSatisfying(s -> assertThat(s.weight()).isEqualTo(24));
        assertThat(signal(analyzer.analyze("气愤，恼火，愤怒，失望"), "ANGER"))
                .hasValueSatisfying(s -> assertThat(s.weight()).isEqualTo(30));
    }

    @Test
    void aSingleMarkIsNotEmphatic() {
        assertThat(analyzer.analyze("请尽快处理！").signals()).isEmpty();
        assertThat(analyzer.analyze("怎么回事?").signals()).isEmpty();
    }

    @Test
    void everyRunOfMarksIsEvidenceOfOneEmphaticSignal() {
        TextAnalysis analysis = analyzer.analyze("怎么回事？？还不退钱！！！");

        assertThat(signal(analysis, "EMPHATIC")).hasValueSatisfying(s -> {
            assertThat(s.weight()).isEqualTo(10);
            assertThat(s.evidence()).containsExactly(Evidence.span("？？", 4), Evidence.span("！！！", 10));
        });
    }

    @Test
    void aKeywordInTwoListsGivesBothSignals() {
        TextAnalysis analysis = analyzer.analyze("你们乱扣钱");

        assertThat(analysis.signals()).extracting(RiskSignal::code).containsExactly("ANGER", "FEES");
        assertThat(analysis.signals()).allSatisfy(s -> assertThat(s.evidence()).containsExactly(Evidence.span("乱扣", 2)));
    }

    @Test
    void neutralTextHasNoNegativeEmotion() {
        assertThat(analyzer.analyze("请问我的账单什么时候出").negativeEmotion()).isZero();
        // threats and topics are not emotion
        assertThat(analyzer.analyze("我要去银保监会投诉，利息太高").negativeEmotion()).isZero();
    }

    @Test
    void negativeEmotionGrowsWithMoreAndStrongerWords() {
        double one = analyzer.analyze("我生气").negativeEmotion();
        double two = analyzer.analyze("我生气，也失望").negativeEmotion();
        double intensified = analyzer.analyze("我非常生气").negativeEmotion();
        double despair = analyzer.analyze("我绝望").negativeEmotion();
        double insult = analyzer.analyze("骗子").negativeEmotion();

        assertThat(one).isGreaterThan(0);
        assertThat(two).isGreaterThan(one);
        assertThat(intensified).isGreaterThan(one);
        assertThat(despair).isGreaterThan(one);
        assertThat(insult).isGreaterThan(one);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "！", "我生气", "我绝望了！！！",
            "你们这群骗子流氓垃圾公司，我非常生气非常愤怒，简直忍无可忍，我已经绝望崩溃活不下去了，走投无路想死！！！？？？" })
    void negativeEmotionStaysBetweenZeroAndOne(String text) {
        assertThat(analyzer.analyze(text).negativeEmotion()).isBetween(0.0, 1.0);
    }

    @Test
    void theSimplifiedFormOfATraditionalThreatIsARegulatorThreat() {
        // intake turns 我要投訴到銀保監會 into simplified text before risk scoring reads it
        TextAnalysis analysis = analyzer.analyze("我要投诉到银保监会");

        assertThat(analysis.signals()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("REGULATOR_THREAT");
            assertThat(s.evidence()).containsExactly(Evidence.span("银保监会", 5));
        });
    }

    @Test
    void theBriefsPhoneExampleIsAboutFees() {
        TextAnalysis analysis = analyzer.analyze("你们提前还款为什么还扣我利息");

        assertThat(analysis.signals()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("FEES");
            assertThat(s.evidence()).containsExactly(Evidence.span("提前还款", 2), Evidence.span("利息", 12));
        });
    }

    @Test
    void aRoutineQuestionScoresNothing() {
        TextAnalysis analysis = analyzer.analyze("请问我的账单什么时候出");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.negativeEmotion()).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("agencyPhrasesAroundTopics")
    void anAgencyPhraseDoesNotHideTheTopicItContains(String text, String code, Evidence span) {
        // the proxy phrases are in the same matcher; their longer matches must not swallow escalation topics
        assertThat(signal(analyzer.analyze(text), code))
                .hasValueSatisfying(s -> assertThat(s.evidence()).contains(span));
    }

    static Stream<Arguments> agencyPhrasesAroundTopics() {
        return Stream.of(
                arguments("要求撤销征信", "CREDIT_REPORT", Evidence.span("征信", 4)),
                arguments("要求删除征信", "CREDIT_REPORT", Evidence.span("征信", 4)),
                arguments("要求退还全部利息", "FEES", Evidence.span("利息", 6)));
    }

    private static Optional<RiskSignal> signal(TextAnalysis analysis, String code) {
        return analysis.signals().stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
