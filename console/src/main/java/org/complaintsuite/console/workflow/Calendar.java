package org.complaintsuite.console.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/calendar}: the official schedules held, and the years the clocks need that are missing. */
public record Calendar(List<Year> years, List<Integer> missingYears) {

    public record Year(int year, @Nullable String source, boolean published, int days, @Nullable List<String> papers,
            @Nullable Instant loadedAt, @Nullable String loadedBy) {
    }
}
