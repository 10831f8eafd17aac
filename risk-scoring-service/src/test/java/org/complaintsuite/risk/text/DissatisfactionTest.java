package org.complaintsuite.risk.text;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

import static org.assertj.core.api.Assertions.assertThat;

class DissatisfactionTest {

    // a model that knows two phrases: 不靠谱 strongly dissatisfied, 满意 the opposite
    private final DissatisfactionModel model = new DissatisfactionModel(Map.of("不靠谱", 40.0, "满意", -40.0), 0, 1, 0);
    private final TextAnalyzer analyzer = new TextAnalyzer(Lexicons.load().all(), model);

    @Test
    void wordsTheModelReadsAsDissatisfiedAreASignalWhenTheLexiconFoundNoEmotion() {
        TextAnalysis analysis = analyzer.analyze("这家公司太不靠谱");

        RiskSignal signal = analysis.signals().stream().filter(s -> s.code().equals(Dissatisfaction.CODE))
                .findFirst().orElseThrow();
        assertThat(signal.weight()).isEqualTo(Dissatisfaction.WEIGHT);
        assertThat(signal.evidence()).first().isEqualTo(Evidence.span("不靠谱", 5));
        assertThat(signal.evidence()).last().extracting(Evidence::kind).isEqualTo(Evidence.Kind.FACT);
        assertThat(analysis.dissatisfaction()).isGreaterThan(Dissatisfaction.AT);
    }

    @Test
    void whenTheLexiconFoundEmotionTheModelRaisesTheEmotionButAddsNoSignal() {
        TextAnalysis analysis = analyzer.analyze("我很生气，太不靠谱");

        assertThat(analysis.signals()).extracting(RiskSignal::code).containsExactly("ANGER");
        assertThat(analysis.negativeEmotion())
                .isEqualTo(Dissatisfaction.negativeEmotion(TextAnalyzer.negativeEmotion(1.0), analysis.dissatisfaction()));
    }

    @Test
    void belowTheThresholdTheModelOnlyColoursTheEmotion() {
        TextAnalysis analysis = analyzer.analyze("我很满意");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.dissatisfaction()).isLessThan(0.01);
        assertThat(analysis.negativeEmotion()).isZero();
    }

    @Test
    void eitherReadingRaisesNegativeEmotionAndNeitherLowersIt() {
        assertThat(Dissatisfaction.negativeEmotion(0.5, 0.5)).isEqualTo(0.75);
        assertThat(Dissatisfaction.negativeEmotion(0.8, 0)).isEqualTo(0.8);
        assertThat(Dissatisfaction.negativeEmotion(0, 0.3)).isEqualTo(0.3);
    }

    @Test
    void theShippedModelReadsPlainDissatisfactionAndPlainThanksApart() {
        TextAnalyzer shipped = new TextAnalyzer(Lexicons.load().all());

        assertThat(shipped.analyze("利息太高了，根本还不起，你们这是什么服务").dissatisfaction())
                .isGreaterThan(shipped.analyze("谢谢，问题解决了，服务很好").dissatisfaction() + 0.5);
    }
}
