package org.complaintsuite.workflow.sla;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnTimeRuleTest {

    private static final Instant DUE = Instant.parse("2025-10-14T16:00:00Z");

    @Test
    void doneExactlyAtTheDueTimeIsOnTime() {
        assertThat(OnTimeRule.onTime(DUE, DUE)).isTrue();
    }

    @Test
    void doneBeforeTheDueTimeIsOnTime() {
        assertThat(OnTimeRule.onTime(DUE.minusSeconds(1), DUE)).isTrue();
    }

    @Test
    void oneSecondAfterTheDueTimeIsLate() {
        assertThat(OnTimeRule.onTime(DUE.plusSeconds(1), DUE)).isFalse();
    }
}
