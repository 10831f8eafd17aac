package org.complaintsuite.workflow.care;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.workflow.care.CareTask.ClockState;
import org.complaintsuite.workflow.care.CareTask.Decision;
import org.complaintsuite.workflow.care.CareTask.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CareTaskRulesTest {

    private static final Instant DUE = Instant.parse("2026-12-06T10:30:00Z");

    @Test
    void aComplaintStillOpenAddsItsWeightWithTheComplaintsAsEvidenceAndNoneAddsNothing() {
        RiskAssessment propensity = RiskAssessment.fromSignals(List.of(new RiskSignal("DISSATISFACTION", "unhappy", 45,
                List.of())));

        RiskAssessment withOpen = CareTaskRules.withOpenComplaints(propensity, List.of("c-2", "c-1"), 20);

        assertThat(withOpen.score()).isEqualTo(65);
        assertThat(withOpen.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(withOpen.signals().getLast().code()).isEqualTo(CareTaskRules.OPEN_COMPLAINT);
        assertThat(withOpen.signals().getLast().evidence()).extracting(Evidence::value).containsExactly("c-2", "c-1");
        assertThat(CareTaskRules.withOpenComplaints(propensity, List.of(), 20)).isSameAs(propensity);
        assertThat(CareTaskRules.withOpenComplaints(propensity, List.of("c-1"), 0)).isSameAs(propensity);
    }

    @Test
    void aContactGetsATaskFromTheThresholdOn() {
        assertThat(CareTaskRules.opens(59, 60)).isFalse();
        assertThat(CareTaskRules.opens(60, 60)).isTrue();
    }

    @Test
    void callBackMakesAnOpenTaskReviewedAndNoActionClosesIt() {
        assertThat(CareTaskRules.afterFeedback(Status.OPEN, Decision.CALL_BACK)).isEqualTo(Status.REVIEWED);
        assertThat(CareTaskRules.afterFeedback(Status.OPEN, Decision.NO_ACTION)).isEqualTo(Status.CLOSED);
    }

    @Test
    void aTaskIsReviewedOnlyOnce() {
        assertThatIllegalStateException().isThrownBy(() -> CareTaskRules.afterFeedback(Status.REVIEWED,
                Decision.CALL_BACK)).withMessageContaining("reviewed already");
        assertThatIllegalStateException().isThrownBy(() -> CareTaskRules.afterFeedback(Status.CLOSED,
                Decision.NO_ACTION));
    }

    @Test
    void anOutcomeNeedsAReviewFirstAndATaskNotClosed() {
        assertThatIllegalStateException().isThrownBy(() -> CareTaskRules.checkOutcome(Status.OPEN))
                .withMessageContaining("reviewed");
        assertThatIllegalStateException().isThrownBy(() -> CareTaskRules.checkOutcome(Status.CLOSED))
                .withMessageContaining("closed already");
        CareTaskRules.checkOutcome(Status.REVIEWED);
    }

    @Test
    void aClockRunsUntilDueIsOverdueAfterAndWhenStoppedWasOnTimeOrLate() {
        assertThat(CareTaskRules.clock(DUE, null, DUE)).isEqualTo(ClockState.RUNNING);
        assertThat(CareTaskRules.clock(DUE, null, DUE.plusSeconds(1))).isEqualTo(ClockState.OVERDUE);
        assertThat(CareTaskRules.clock(DUE, DUE, DUE.plusSeconds(3600))).isEqualTo(ClockState.DONE_ON_TIME);
        assertThat(CareTaskRules.clock(DUE, DUE.plusSeconds(1), DUE.plusSeconds(3600))).isEqualTo(ClockState.DONE_LATE);
    }
}
