package org.complaintsuite.workflow.risk;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.Events;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAssessmentRecordTest {

    private static final Instant T0 = Instant.parse("2025-10-11T01:00:00Z");

    @Test
    void aNewerAssessmentReplacesTheOneHeld() {
        var held = RiskAssessmentRecord.of(Events.assessed("c1", T0, 10, 10), T0);

        boolean changed = held.supersedeWith(Events.assessed("c1", T0.plusSeconds(60), 90, 10), T0.plusSeconds(61));

        assertThat(changed).isTrue();
        assertThat(held.getEscalationLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(held.getAssessedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(held.getAppliedAt()).as("when workflow applied it").isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void anOlderAssessmentArrivingLateChangesNothing() {
        var held = RiskAssessmentRecord.of(Events.assessed("c1", T0, 90, 10), T0);

        boolean changed = held.supersedeWith(Events.assessed("c1", T0.minusSeconds(60), 10, 10), T0.plusSeconds(5));

        assertThat(changed).isFalse();
        assertThat(held.getEscalationScore()).isEqualTo(90);
        assertThat(held.getAppliedAt()).isEqualTo(T0);
    }

    @Test
    void theSameAssessmentRedeliveredChangesNothing() {
        ComplaintAssessed assessed = Events.assessed("c1", T0, 40, 10);
        var held = RiskAssessmentRecord.of(assessed, T0);

        assertThat(held.supersedeWith(assessed, T0)).isFalse();
    }
}
