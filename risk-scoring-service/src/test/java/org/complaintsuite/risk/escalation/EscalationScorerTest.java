package org.complaintsuite.risk.escalation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.Complaints;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationScorerTest {

    private final EscalationScorer scorer = new EscalationScorer();

    @Test
    void aThreatToGoToTheRegulatorIsASignalWithTheMatchedWords() {
        RiskAssessment assessment = scorer.assess(Complaints.chat("c1", "再不处理我就去银保监会投诉！"));

        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("REGULATOR_THREAT");
        assertThat(assessment.signals().getFirst().evidence()).containsExactly(Evidence.span("银保监会", 7));
        assertThat(assessment.score()).isEqualTo(45);
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void severalKindsOfThreatAddUpAndEachKindCountsOnce() {
        RiskAssessment assessment = scorer.assess(Complaints.chat("c2", "我要找律师起诉你们，还要找媒体曝光，再去12378投诉"));

        assertThat(assessment.signals()).extracting(RiskSignal::code)
                .containsExactly("REGULATOR_THREAT", "MEDIA_THREAT", "LEGAL_THREAT");
        RiskSignal legal = assessment.signals().get(2);
        assertThat(legal.weight()).isEqualTo(35);
        assertThat(legal.evidence()).extracting(Evidence::value).containsExactly("律师", "起诉");
        assertThat(assessment.level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void aComplaintThatCameThroughARegulatorIsAlreadyEscalated() {
        RiskAssessment assessment = scorer.assess(Complaints.regulator("c3", "要求退还担保费", null, List.of()));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("AT_REGULATOR");
            assertThat(signal.evidence().getFirst().value()).contains("NFRA_12378").contains("NFRA-c3");
        });
    }

    @Test
    void aRoutineQuestionScoresZero() {
        RiskAssessment assessment = scorer.assess(Complaints.chat("c4", "请问我的账单什么时候出"));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
        assertThat(assessment.signals()).isEmpty();
    }
}
