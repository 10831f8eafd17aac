package org.complaintsuite.risk.prevention;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalysis;
import org.complaintsuite.risk.text.TextAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PropensityScorerTest {

    // the lexicons' rules alone: the model's reading is given to the scorer directly
    private final TextAnalyzer analyzer = new TextAnalyzer(Lexicons.load().all(), null);
    private final PropensityScorer scorer = new PropensityScorer();
    private static final ContactHistory.Facts NO_HISTORY = new ContactHistory.Facts(0, List.of(), Optional.empty());

    private static DissatisfactionModel.Reading reading(double probability) {
        return new DissatisfactionModel.Reading(probability, List.of(new DissatisfactionModel.Cue("太差", 3, 1.7)));
    }

    @Test
    void aPlainQuestionFromACustomerWithoutHistoryScoresNothing() {
        RiskAssessment propensity = scorer.score(analyzer.analyze("请问怎么还款"), reading(0.6), NO_HISTORY);

        assertThat(propensity.score()).isZero();
        assertThat(propensity.level()).isEqualTo(RiskLevel.LOW);
        assertThat(propensity.signals()).isEmpty();
    }

    @Test
    void theModelsReadingWeighsThirtyWhenDissatisfiedFifteenWhenLeaningWithItsCuesAsEvidence() {
        assertThat(scorer.score(analyzer.analyze("服务太差"), reading(0.97), NO_HISTORY).signals())
                .extracting(RiskSignal::code, RiskSignal::weight).containsExactly(tuple("DISSATISFACTION", 30));
        assertThat(scorer.score(analyzer.analyze("服务太差"), reading(0.9), NO_HISTORY).signals())
                .extracting(RiskSignal::code, RiskSignal::weight).containsExactly(tuple("DISSATISFACTION", 15));
        assertThat(scorer.score(analyzer.analyze("服务太差"), reading(0.97), NO_HISTORY).signals().getFirst().evidence())
                .containsExactly(Evidence.span("太差", 3), Evidence.fact("dissatisfaction model 0.97"));
    }

    @Test
    void theWordsEscalationSignalsCountAsForAComplaint() {
        RiskAssessment propensity = scorer.score(analyzer.analyze("我要找媒体曝光你们"), reading(0.5), NO_HISTORY);

        assertThat(propensity.signals()).extracting(RiskSignal::code).containsExactly("MEDIA_THREAT");
        assertThat(propensity.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void twoEarlierContactsInTheWeekWeighFifteenFourWeighTwentyFive() {
        assertThat(scorer.score(analyzer.analyze("请问"), reading(0.5), new ContactHistory.Facts(1, List.of(),
                Optional.empty())).signals()).isEmpty();
        assertThat(scorer.score(analyzer.analyze("请问"), reading(0.5), new ContactHistory.Facts(2, List.of(),
                Optional.empty())).signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("REPEATED_CONTACTS", 15));
        assertThat(scorer.score(analyzer.analyze("请问"), reading(0.5), new ContactHistory.Facts(4, List.of(),
                Optional.empty())).signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("REPEATED_CONTACTS", 25));
    }

    @Test
    void anEarlierComplaintAndARingEachWeighTwentyWithWhatTheyAreAsEvidence() {
        RiskAssessment propensity = scorer.score(analyzer.analyze("请问"), reading(0.5),
                new ContactHistory.Facts(0, List.of("c-1", "c-2"), Optional.of("ring-7")));

        assertThat(propensity.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("COMPLAINED_BEFORE", 20), tuple("RING_MEMBER", 20));
        assertThat(propensity.signals().getFirst().evidence()).extracting(Evidence::value).containsExactly("c-1", "c-2");
        assertThat(propensity.signals().getLast().evidence()).extracting(Evidence::kind, Evidence::value)
                .containsExactly(tuple(Evidence.Kind.RING, "ring-7"));
        assertThat(propensity.score()).isEqualTo(40);
    }

    @Test
    void anUnhappyRepeatCallerWhoComplainedBeforeIsHigh() {
        RiskAssessment propensity = scorer.score(analyzer.analyze("服务太差"), reading(0.97),
                new ContactHistory.Facts(2, List.of("c-1"), Optional.empty()));

        assertThat(propensity.score()).isEqualTo(65);
        assertThat(propensity.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theTextAnalysersOwnModelSignalIsReplacedNotCountedTwice() {
        TextAnalysis withModel = new TextAnalyzer(Lexicons.load().all()).analyze("乱收费，根本没有说明，太坑了");

        RiskAssessment propensity = scorer.score(withModel, reading(withModel.dissatisfaction()), NO_HISTORY);

        assertThat(propensity.signals()).extracting(RiskSignal::code).doesNotContain("DISSATISFIED")
                .contains("DISSATISFACTION");
    }
}
