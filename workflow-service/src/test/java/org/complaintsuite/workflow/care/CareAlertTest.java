package org.complaintsuite.workflow.care;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.complaintsuite.workflow.care.CareAlert.ClockKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CareAlertTest {

    private static final Instant OPENED = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant FEEDBACK_DUE = OPENED.plus(Duration.ofMinutes(30));
    private static final Instant HANDLING_DUE = OPENED.plus(Duration.ofHours(24));

    @Test
    void theFeedbackClockWarnsAt15And22AndAHalfAnd27MinutesAndIsBreachedAt30() {
        var due = CareAlert.due(OPENED, FEEDBACK_DUE, null, HANDLING_DUE, null, 0, FEEDBACK_DUE);

        assertThat(due.passed()).extracting(CareAlert::clock, CareAlert::threshold, CareAlert::passedAt).containsExactly(
                tuple(ClockKind.FEEDBACK, 50, OPENED.plus(Duration.ofMinutes(15))),
                tuple(ClockKind.FEEDBACK, 75, OPENED.plus(Duration.ofSeconds(1350))),
                tuple(ClockKind.FEEDBACK, 90, OPENED.plus(Duration.ofMinutes(27))),
                tuple(ClockKind.FEEDBACK, 100, FEEDBACK_DUE));
        assertThat(due.next()).isEqualTo(OPENED.plus(Duration.ofHours(12)));
        assertThat(due.passed().getLast().kind()).isEqualTo("CARE_FEEDBACK_BREACH");
        assertThat(due.passed().getFirst().kind()).isEqualTo("CARE_FEEDBACK_WARNING");
    }

    @Test
    void anAlertRaisedIsNotDueAgain() {
        int raised = new CareAlert(ClockKind.FEEDBACK, 50, OPENED).bit() | new CareAlert(ClockKind.FEEDBACK, 75, OPENED)
                .bit();

        var due = CareAlert.due(OPENED, FEEDBACK_DUE, null, HANDLING_DUE, null, raised, FEEDBACK_DUE);

        assertThat(due.passed()).extracting(CareAlert::threshold).containsExactly(90, 100);
    }

    @Test
    void theDecisionStopsTheFeedbackClockAndTheOutcomeBoth() {
        Instant reviewed = OPENED.plus(Duration.ofMinutes(10));

        var afterReview = CareAlert.due(OPENED, FEEDBACK_DUE, reviewed, HANDLING_DUE, null, 0, reviewed);
        var afterClosing = CareAlert.due(OPENED, FEEDBACK_DUE, reviewed, HANDLING_DUE, reviewed, 0, reviewed);

        assertThat(afterReview.passed()).isEmpty();
        assertThat(afterReview.next()).isEqualTo(OPENED.plus(Duration.ofHours(12)));
        assertThat(afterClosing.next()).isNull();
    }

    @Test
    void eachClockAndThresholdHasABitOfItsOwn() {
        assertThat(new CareAlert(ClockKind.FEEDBACK, 50, OPENED).bit()).isEqualTo(1);
        assertThat(new CareAlert(ClockKind.FEEDBACK, 100, OPENED).bit()).isEqualTo(8);
        assertThat(new CareAlert(ClockKind.HANDLING, 50, OPENED).bit()).isEqualTo(16);
        assertThat(new CareAlert(ClockKind.HANDLING, 100, OPENED).bit()).isEqualTo(128);
    }
}
