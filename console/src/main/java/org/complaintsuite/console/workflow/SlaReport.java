package org.complaintsuite.console.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/metrics/sla}: the figures of the cases received on the Beijing days [from, to), in all and per
 * channel, group or day (workflow's {@code metrics.SlaReport}; every figure defined in docs/workflow-service.md).
 */
public record SlaReport(LocalDate from, LocalDate to, @Nullable String timeZone, @Nullable String groupBy,
        Instant asOf, @Nullable Duration aboutToBreachWithin, Figures total, @Nullable List<Figures> groups,
        @Nullable ProxyReviews proxyReviews) {

    /** Of the cases received in the period, the proxy flags supervisors confirmed and dismissed. */
    public record ProxyReviews(long confirmed, long dismissed) {
    }

    public record Figures(@Nullable String key, long received, Ratio firstContactOnTime, Ratio resolutionOnTime,
            Ratio regulatorOnTime, long openBacklog, AboutToBreach aboutToBreach, Clocks overdue, Clocks breaches,
            Times timeToFirstContact, Times timeToResolution, Ratio satisfaction, Ratio proxyDriven, Ratio repeats) {
    }

    /** A rate with what it was computed from; null rate when nothing was counted. */
    public record Ratio(long numerator, long denominator, @Nullable Double rate) {
    }

    public record Clocks(long firstContact, long resolution, long regulator) {
    }

    public record AboutToBreach(long cases, long firstContact, long resolution, long regulator) {
    }

    public record Times(long count, @Nullable Long medianSeconds, @Nullable Long p90Seconds) {
    }
}
