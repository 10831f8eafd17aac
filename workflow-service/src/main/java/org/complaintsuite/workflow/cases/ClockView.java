package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.SlaClock;

/** One clock of a case as it stands at a moment: due, state, time left, provisional, met. */
public record ClockView(SlaClock clock, Instant dueAt, ClockState state, @Nullable Duration timeLeft,
        boolean provisional, @Nullable Instant metAt) {
}
