package org.complaintsuite.benchmark.workflow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Two years of synthetic cases, in order of receipt up to {@code end}, as the workflow service would have left them:
 * channels and groups in realistic proportions, most clocks met on time, some late, a few cases forgotten, pauses,
 * withdrawals, reopenings, satisfaction answers, proxy flags and repeats. Whether a clock is met yet depends on
 * {@code end}: the cases of the last days are still open, as in a real backlog. Deterministic for a seed.
 * <p>
 * The resolution clock is due at the end of the 5th week day after the day of receipt (Beijing), holidays ignored;
 * first contact 48 h after receipt (24 h for HIGH escalation, 2 h for CRITICAL, as the service's policies say);
 * regulator transfers 15 days after the day of receipt.
 */
final class SyntheticCases {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static final String COLUMNS = "complaint_id, channel, source, external_reference, customer_key, received_at, "
            + "first_contact_due_at, status, assigned_group, routing_reason, created_at, updated_at, version, "
            + "escalation_level, proxy_level, repeat_of, sla_policy, first_contacted_at, resolution_started_at, "
            + "resolution_base_due_at, resolution_due_at, resolution_paused_seconds, resolution_paused_since, "
            + "resolved_at, regulator_due_at, closed_at, withdrawn_at, satisfaction, next_due_at";

    private static final String[] PUBLIC_GROUPS = {"GENERAL", "COMPLEX", "FEES", "CREDIT_REPORT", "ESCALATED",
            "PROACTIVE", "ANTI_FRAUD", "PUBLIC_PLATFORM"};
    private static final double[] PUBLIC_WEIGHTS = {0.55, 0.12, 0.10, 0.08, 0.05, 0.05, 0.03, 0.02};
    private static final String[] REGULATOR_GROUPS = {"ESCALATED", "COMPLEX", "ANTI_FRAUD", "GENERAL"};
    private static final double[] REGULATOR_WEIGHTS = {0.60, 0.20, 0.10, 0.10};
    private static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final double[] PROXY_WEIGHTS = {0.85, 0.08, 0.05, 0.02};
    private static final double[] ESCALATION_WEIGHTS = {0.80, 0.12, 0.06, 0.02};

    private final long cases;
    private final Instant end;
    private final int days;
    private final LocalDate firstDay;
    private final SplittableRandom random;

    /** Counts of what was generated, for the report. */
    long open;
    long withdrawn;
    long reopened;
    long paused;
    long forgotten;

    /** {@code cases} received on the {@code days} Beijing days up to the one of {@code end}, before {@code end}. */
    SyntheticCases(long cases, Instant end, int days, long seed) {
        this.cases = cases;
        this.end = end;
        this.days = days;
        this.firstDay = end.atZone(BEIJING).toLocalDate().minusDays(days - 1);
        this.random = new SplittableRandom(seed);
    }

    LocalDate firstDay() {
        return firstDay;
    }

    /** Appends case {@code i} as a line of PostgreSQL COPY text format. */
    void append(long i, StringBuilder out) {
        // received in order, the same number each day, busier in the Beijing day (08:00-22:00) than at night
        long dayIndex = i * days / cases;
        Instant dayStart = firstDay.plusDays(dayIndex).atStartOfDay(BEIJING).toInstant();
        long within = random.nextDouble() < 0.85 ? 8 * 3600 + random.nextLong(14 * 3600) : random.nextLong(86_400);
        Instant received = dayStart.plusSeconds(within);
        if (received.isAfter(end)) {
            received = end.minusSeconds(random.nextLong(1, 6 * 3600));
        }

        double c = random.nextDouble();
        String channel = c < 0.50 ? "PHONE" : c < 0.88 ? "CHAT" : "REGULATOR";
        String source = switch (channel) {
            case "PHONE" -> "PHONE";
            case "CHAT" -> random.nextBoolean() ? "APP" : "WECHAT";
            default -> random.nextDouble() < 0.7 ? "NFRA_12378" : "HEIMAO";
        };
        String group = channel.equals("REGULATOR") ? pick(REGULATOR_GROUPS, REGULATOR_WEIGHTS)
                : pick(PUBLIC_GROUPS, PUBLIC_WEIGHTS);
        String escalation = pick(LEVELS, ESCALATION_WEIGHTS);
        String proxy = pick(LEVELS, PROXY_WEIGHTS);
        String policy = escalation.equals("CRITICAL") ? "critical-escalation"
                : escalation.equals("HIGH") ? "high-escalation" : "standard";
        Duration firstContactAllowed = switch (policy) {
            case "critical-escalation" -> Duration.ofHours(2);
            case "high-escalation" -> Duration.ofHours(24);
            default -> Duration.ofHours(48);
        };
        String repeatOf = i > 100 && random.nextDouble() < 0.05 ? "case-" + (i - 1 - random.nextLong(Math.min(i - 1, 50_000)))
                : null;

        Instant firstContactDue = received.plus(firstContactAllowed);
        Instant resolutionBaseDue = fifthWeekdayEnd(received);
        Instant regulatorDue = channel.equals("REGULATOR")
                ? received.atZone(BEIJING).toLocalDate().plusDays(16).atStartOfDay(BEIJING).toInstant() : null;

        // what happens to the case, in the order it would: withdrawal, contact, pauses, resolution, reopening
        boolean forgottenCase = random.nextDouble() < 0.002;
        Instant withdrawnAt = random.nextDouble() < 0.03
                ? received.plusSeconds(1800 + random.nextLong(4 * 86_400)) : null;
        double fc = random.nextDouble();
        Instant contactAt = forgottenCase && random.nextBoolean() ? null
                : fc < 0.93 ? received.plusSeconds((long) (firstContactAllowed.toSeconds() * Math.pow(random.nextDouble(), 2)))
                : received.plus(firstContactAllowed).plusSeconds(1 + random.nextLong(48 * 3600));
        long pausedSeconds = random.nextDouble() < 0.04 ? 3600 + random.nextLong(5 * 86_400) : 0;
        Instant resolutionDue = resolutionBaseDue.plusSeconds(pausedSeconds);
        double r = random.nextDouble();
        Instant resolveAt = forgottenCase ? null
                : r < 0.90 ? received.plusSeconds((long) (Duration.between(received, resolutionDue).toSeconds()
                        * (0.1 + 0.9 * random.nextDouble())))
                : resolutionDue.plusSeconds(1 + random.nextLong(6 * 86_400));
        if (contactAt != null && resolveAt != null && resolveAt.isBefore(contactAt)) {
            resolveAt = contactAt.plusSeconds(3600);
        }
        Instant resolutionStarted = received;
        Instant reopenAt = null;
        if (resolveAt != null && random.nextDouble() < 0.015) {
            reopenAt = resolveAt.plusSeconds(3600 + random.nextLong(4 * 86_400));
        }

        // as it stands at the end of the history
        if (withdrawnAt != null && (contactAt == null || withdrawnAt.isBefore(contactAt)
                || resolveAt == null || withdrawnAt.isBefore(resolveAt))) {
            if (withdrawnAt.isAfter(end)) {
                withdrawnAt = null;
            }
            else {
                resolveAt = null;
                reopenAt = null;
                if (contactAt != null && contactAt.isAfter(withdrawnAt)) {
                    contactAt = null;
                }
            }
        }
        else {
            withdrawnAt = null;
        }
        if (contactAt != null && contactAt.isAfter(end)) {
            contactAt = null;
            resolveAt = null;
            reopenAt = null;
        }
        if (resolveAt != null && (resolveAt.isAfter(end) || contactAt == null)) {
            resolveAt = null;
            reopenAt = null;
        }
        if (reopenAt != null && reopenAt.isAfter(end)) {
            reopenAt = null;
        }
        Instant resolvedAt = resolveAt;
        if (reopenAt != null) {
            reopened++;
            resolutionStarted = reopenAt;
            resolutionBaseDue = fifthWeekdayEnd(reopenAt);
            pausedSeconds = 0;
            resolutionDue = resolutionBaseDue;
            Instant again = reopenAt.plusSeconds((long) (Duration.between(reopenAt, resolutionDue).toSeconds()
                    * (0.2 + 0.9 * random.nextDouble())));
            resolvedAt = again.isAfter(end) ? null : again;
        }
        Instant pausedSince = null;
        if (resolvedAt == null && withdrawnAt == null && pausedSeconds > 0 && random.nextDouble() < 0.5) {
            // open and waiting on the customer now: the pause is running, not yet added to the due time
            pausedSince = end.minusSeconds(random.nextLong(3 * 86_400));
            if (pausedSince.isBefore(received)) {
                pausedSince = received;
            }
            pausedSeconds = 0;
            resolutionDue = resolutionBaseDue;
        }
        if (pausedSeconds > 0 || pausedSince != null) {
            paused++;
        }

        String satisfaction = null;
        Instant closedAt = null;
        if (resolvedAt != null && random.nextDouble() < 0.65) {
            boolean satisfied = random.nextDouble() < 0.88 || reopenAt != null;
            satisfaction = satisfied ? "SATISFIED" : "DISSATISFIED";
            if (satisfied) {
                closedAt = resolvedAt.plusSeconds(60 + random.nextLong(86_400));
                if (closedAt.isAfter(end)) {
                    closedAt = null;
                }
            }
        }
        String status;
        if (withdrawnAt != null) {
            status = "WITHDRAWN";
            withdrawn++;
        }
        else if (closedAt != null) {
            status = "CLOSED";
        }
        else if (resolvedAt != null) {
            status = "RESOLVED";
        }
        else if (reopenAt != null) {
            status = "REOPENED";
        }
        else if (contactAt != null) {
            status = "CONTACTED";
        }
        else {
            status = random.nextBoolean() ? "ASSIGNED" : "RECEIVED";
        }
        boolean isOpen = resolvedAt == null && withdrawnAt == null;
        if (isOpen) {
            open++;
            if (forgottenCase) {
                forgotten++;
            }
        }
        Instant nextDue = null;
        if (isOpen) {
            nextDue = contactAt == null ? firstContactDue : null;
            if (pausedSince == null) {
                nextDue = earliest(nextDue, resolutionDue);
            }
            if (regulatorDue != null) {
                nextDue = earliest(nextDue, regulatorDue);
            }
        }
        Instant updated = latest(received, contactAt, resolvedAt, withdrawnAt, closedAt, reopenAt);

        String id = "case-" + i;
        field(out, id);
        field(out, channel);
        field(out, source);
        field(out, "REF-" + i);
        field(out, "tel-" + (i * 7919 % Math.max(1, cases * 9 / 10)));
        field(out, received);
        field(out, firstContactDue);
        field(out, status);
        field(out, group);
        field(out, "synthetic");
        field(out, received);
        field(out, updated);
        field(out, "0");
        field(out, escalation);
        field(out, proxy);
        field(out, repeatOf);
        field(out, policy);
        field(out, contactAt);
        field(out, resolutionStarted);
        field(out, resolutionBaseDue);
        field(out, resolutionDue);
        field(out, Long.toString(pausedSeconds));
        field(out, pausedSince);
        field(out, resolvedAt);
        field(out, regulatorDue);
        field(out, closedAt);
        field(out, withdrawnAt);
        field(out, satisfaction);
        out.append(nextDue == null ? "\\N" : nextDue.toString()).append('\n');
    }

    private String pick(String[] values, double[] weights) {
        double u = random.nextDouble();
        for (int k = 0; k < values.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    /** The end (24:00 Beijing) of the 5th week day after the day of {@code at}. */
    static Instant fifthWeekdayEnd(Instant at) {
        LocalDate day = at.atZone(BEIJING).toLocalDate();
        int counted = 0;
        while (counted < 5) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant latest(Instant first, Instant... more) {
        Instant latest = first;
        for (Instant candidate : more) {
            if (candidate != null && candidate.isAfter(latest)) {
                latest = candidate;
            }
        }
        return latest;
    }

    private static void field(StringBuilder out, Object value) {
        out.append(value == null ? "\\N" : value.toString()).append('\t');
    }
}
