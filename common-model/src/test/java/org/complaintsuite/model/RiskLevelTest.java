package org.complaintsuite.model;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskLevelTest {

    @ParameterizedTest
    @CsvSource({"0, LOW", "29, LOW", "30, MEDIUM", "59, MEDIUM", "60, HIGH", "79, HIGH", "80, CRITICAL", "100, CRITICAL"})
    void scoresFallIntoTheDocumentedBands(int score, RiskLevel level) {
        assertThat(RiskLevel.ofScore(score)).isEqualTo(level);
    }

    @Test
    void scoresOutsideZeroToHundredAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RiskLevel.ofScore(101));
        assertThatIllegalArgumentException().isThrownBy(() -> RiskLevel.ofScore(-1));
    }

    @Test
    void anAssessmentScoresTheSumOfItsSignalsCappedAtHundred() {
        var signals = List.of(new RiskSignal("A", "a", 45, List.of()), new RiskSignal("B", "b", 35, List.of()),
                new RiskSignal("C", "c", 35, List.of()));

        RiskAssessment assessment = RiskAssessment.fromSignals(signals);

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(assessment.signals()).hasSize(3);
    }

    @Test
    void aLevelThatContradictsTheScoreIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskAssessment(10, RiskLevel.HIGH, List.of()));
    }
}
