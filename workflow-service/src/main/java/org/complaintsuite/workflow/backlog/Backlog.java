package org.complaintsuite.workflow.backlog;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The cases waiting for their risk assessment, as measured at {@code measuredAt}.
 *
 * @param unassessed     how many cases have no assessment yet
 * @param oldestOpenedAt when the longest-waiting of them was opened; null when none waits
 */
public record Backlog(long unassessed, @Nullable Instant oldestOpenedAt, Instant measuredAt) {

    /** How long the longest-waiting case had waited when measured; zero when none waits. */
    public Duration oldestAge() {
        if (oldestOpenedAt == null || oldestOpenedAt.isAfter(measuredAt)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestOpenedAt, measuredAt);
    }
}
