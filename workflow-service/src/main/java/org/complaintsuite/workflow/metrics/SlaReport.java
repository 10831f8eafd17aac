package org.complaintsuite.workflow.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.supervision.ProxyReviews;

/**
 * The SLA figures of a period (domain brief §7), in all and per channel, group or day; every figure is defined in
 * docs/workflow-service.md, "SLA metrics".
 *
 * @param from                the first Beijing day of the period
 * @param to                  the day after the last (the period is [from, to))
 * @param groupBy             channel, group, day, or null for the totals only
 * @param asOf                the moment the "now" figures (backlog, overdue, about to breach) were taken
 * @param aboutToBreachWithin the horizon of "about to breach"
 * @param proxyReviews        of the cases received in the period, how many proxy flags supervisors confirmed and
 *                            dismissed (the review in force); a dismissed case counts as not proxy-driven
 */
public record SlaReport(LocalDate from, LocalDate to, String timeZone, @Nullable String groupBy, Instant asOf,
        Duration aboutToBreachWithin, Figures total, List<Figures> groups, ProxyReviews.Counts proxyReviews) {

    /**
     * The figures of the cases received in the period (and of one channel, group or day of it).
     *
     * @param key                 the channel, group or day (absent on the total)
     * @param received            cases received
     * @param firstContactOnTime  first contacts within the clock ÷ first-contact clocks that ended (met, overdue, or
     *                            stopped by a withdrawal after their due time)
     * @param resolutionOnTime    the same for the resolution clock
     * @param regulatorOnTime     the same for the regulator deadline of regulator transfers
     * @param openBacklog         cases neither resolved nor withdrawn, now
     * @param aboutToBreach       running clocks due within the horizon, now, and the cases having one
     * @param overdue             open clocks past their due time, now
     * @param breaches            clocks met late, overdue now, or stopped by a withdrawal after their due time
     * @param timeToFirstContact  from receipt to the first contact, for the cases contacted
     * @param timeToResolution    from receipt to the resolution, for the cases resolved
     * @param satisfaction        satisfied ÷ cases whose customer answered
     * @param proxyDriven         cases whose proxy risk is HIGH or CRITICAL ÷ received
     * @param repeats             cases repeating an open case of the same customer ÷ received
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figures(@Nullable String key, long received, Ratio firstContactOnTime, Ratio resolutionOnTime,
            Ratio regulatorOnTime, long openBacklog, AboutToBreach aboutToBreach, Clocks overdue, Clocks breaches,
            Times timeToFirstContact, Times timeToResolution, Ratio satisfaction, Ratio proxyDriven, Ratio repeats) {
    }

    /** A rate with what it was computed from; the rate is null when the denominator is 0. */
    public record Ratio(long numerator, long denominator, @Nullable Double rate) {

        static Ratio of(long numerator, long denominator) {
            return new Ratio(numerator, denominator, denominator == 0 ? null : (double) numerator / denominator);
        }
    }

    /** A count per clock. */
    public record Clocks(long firstContact, long resolution, long regulator) {
    }

    /** Cases with at least one clock about to breach, and the clocks per kind. */
    public record AboutToBreach(long cases, long firstContact, long resolution, long regulator) {
    }

    /**
     * Durations in seconds: median and 90th percentile read from the rollup's histogram (within 4.5 % of the exact
     * value), null when there is none.
     */
    public record Times(long count, @Nullable Long medianSeconds, @Nullable Long p90Seconds) {
    }
}
