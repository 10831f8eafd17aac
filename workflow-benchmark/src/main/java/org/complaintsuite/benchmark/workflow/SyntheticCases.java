package org.complaintsuite.benchmark.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.cases.CaseStatus;

/**
 * Two years of synthetic cases, in order of receipt up to {@code end}, as the workflow service would have left them:
 * channels and groups in realistic proportions, most clocks met on time, some late, a few cases forgotten, pauses,
 * withdrawals, reopenings, satisfaction answers, proxy flags and repeats. Whether a clock is met yet depends on
 * {@code end}: the cases of the last days are still open, as in a real backlog. Deterministic for a seed.
 * <p>
 * This class draws what happens and when ({@link CaseHistory}); every due time comes from the service's own rules
 * ({@link ServiceRules}): the policy the service would choose for the case, its first-contact time, the resolution
 * due on the official working calendar (holidays and 调休), the regulator deadline moved past non-working days.
 * {@link CaseRow} then runs the service's clocks over the history.
 */
final class SyntheticCases {

    private static final String[] PUBLIC_GROUPS = {"GENERAL", "COMPLEX", "FEES", "CREDIT_REPORT", "ESCALATED",
            "PROACTIVE", "ANTI_FRAUD", "PUBLIC_PLATFORM"};
    private static final double[] PUBLIC_WEIGHTS = {0.55, 0.12, 0.10, 0.08, 0.05, 0.05, 0.03, 0.02};
    private static final String[] REGULATOR_GROUPS = {"ESCALATED", "COMPLEX", "ANTI_FRAUD", "GENERAL"};
    private static final double[] REGULATOR_WEIGHTS = {0.60, 0.20, 0.10, 0.10};
    private static final RiskLevel[] LEVELS = RiskLevel.values();
    private static final double[] PROXY_WEIGHTS = {0.85, 0.08, 0.05, 0.02};
    private static final double[] ESCALATION_WEIGHTS = {0.80, 0.12, 0.06, 0.02};

    private final long cases;
    private final Instant end;
    private final int days;
    private final LocalDate firstDay;
    private final SplittableRandom random;
    private final ServiceRules rules;

    /** What was generated, and the clocks' states by the service's rules, for the report. */
    final GeneratedFigures figures = new GeneratedFigures();

    /** {@code cases} received on the {@code days} Beijing days up to the one of {@code end}, before {@code end}. */
    SyntheticCases(long cases, Instant end, int days, long seed, ServiceRules rules) {
        this.cases = cases;
        this.end = end;
        this.days = days;
        this.firstDay = end.atZone(WorkingCalendar.BEIJING).toLocalDate().minusDays(days - 1);
        this.random = new SplittableRandom(seed);
        this.rules = rules;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    /** Appends case {@code i} as a line of PostgreSQL COPY text format. */
    void append(long i, StringBuilder out) {
        next(i).appendTo(out, cases);
    }

    /** Case {@code i}; cases must be asked for in order, each once, as the random draws follow one another. */
    CaseRow next(long i) {
        CaseHistory history = new CaseHistory(i);
        arrive(history);
        classify(history);
        unfold(history);
        settleAtEnd(history);
        reopen(history);
        pauseRunningAtEnd(history);
        answer(history);
        history.status = status(history);
        CaseRow row = CaseRow.of(history, rules, end);
        figures.count(history, row);
        return row;
    }

    /** Received in order, the same number each day, busier in the Beijing day (08:00-22:00) than at night. */
    private void arrive(CaseHistory history) {
        long dayIndex = history.index * days / cases;
        Instant dayStart = firstDay.plusDays(dayIndex).atStartOfDay(WorkingCalendar.BEIJING).toInstant();
        long within = random.nextDouble() < 0.85 ? 8 * 3600 + random.nextLong(14 * 3600) : random.nextLong(86_400);
        Instant received = dayStart.plusSeconds(within);
        history.received = received.isAfter(end) ? end.minusSeconds(random.nextLong(1, 6 * 3600)) : received;
    }

    /** Channel, source, group, risk levels, the policy the service chooses for them, and a repeat link. */
    private void classify(CaseHistory history) {
        double c = random.nextDouble();
        history.channel = c < 0.50 ? Channel.PHONE : c < 0.88 ? Channel.CHAT : Channel.REGULATOR;
        history.source = switch (history.channel) {
            case PHONE -> ComplaintSource.PHONE;
            case CHAT -> random.nextBoolean() ? ComplaintSource.APP : ComplaintSource.WECHAT;
            case REGULATOR -> random.nextDouble() < 0.7 ? ComplaintSource.NFRA_12378 : ComplaintSource.HEIMAO;
        };
        history.group = history.channel == Channel.REGULATOR ? pick(REGULATOR_GROUPS, REGULATOR_WEIGHTS)
                : pick(PUBLIC_GROUPS, PUBLIC_WEIGHTS);
        history.escalation = pick(LEVELS, ESCALATION_WEIGHTS);
        history.proxy = pick(LEVELS, PROXY_WEIGHTS);
        history.policy = rules.policies().choose(history.channel, history.source, history.escalation, history.proxy);
        history.firstContactDue = rules.policies().firstContactDue(history.policy, history.received);
        long i = history.index;
        history.repeatOf = i > 100 && random.nextDouble() < 0.05
                ? "case-" + (i - 1 - random.nextLong(Math.min(i - 1, 50_000))) : null;
    }

    /** What happens to the case, in the order it would: withdrawal, contact, a pause, resolution, reopening. */
    private void unfold(CaseHistory history) {
        Instant received = history.received;
        Duration firstContactAllowed = Duration.between(received, history.firstContactDue);
        history.forgotten = random.nextDouble() < 0.002;
        history.withdrawnAt = random.nextDouble() < 0.03
                ? received.plusSeconds(1800 + random.nextLong(4 * 86_400)) : null;
        double fc = random.nextDouble();
        history.contactedAt = history.forgotten && random.nextBoolean() ? null
                : fc < 0.93 ? received.plusSeconds((long) (firstContactAllowed.toSeconds()
                        * Math.pow(random.nextDouble(), 2)))
                : history.firstContactDue.plusSeconds(1 + random.nextLong(48 * 3600));
        history.pausedSeconds = random.nextDouble() < 0.04 ? 3600 + random.nextLong(5 * 86_400) : 0;
        Instant resolutionDue = resolutionDue(history, received).plusSeconds(history.pausedSeconds);
        double r = random.nextDouble();
        Instant resolveAt = history.forgotten ? null
                : r < 0.90 ? received.plusSeconds((long) (Duration.between(received, resolutionDue).toSeconds()
                        * (0.1 + 0.9 * random.nextDouble())))
                : resolutionDue.plusSeconds(1 + random.nextLong(6 * 86_400));
        if (history.contactedAt != null && resolveAt != null && resolveAt.isBefore(history.contactedAt)) {
            resolveAt = history.contactedAt.plusSeconds(3600);
        }
        history.firstResolvedAt = resolveAt;
        if (resolveAt != null && random.nextDouble() < 0.015) {
            history.reopenedAt = resolveAt.plusSeconds(3600 + random.nextLong(4 * 86_400));
        }
    }

    /** Keeps only what happened before the end of the history, in an order the service allows. */
    private void settleAtEnd(CaseHistory history) {
        Instant withdrawnAt = history.withdrawnAt;
        if (withdrawnAt != null && (history.contactedAt == null || withdrawnAt.isBefore(history.contactedAt)
                || history.firstResolvedAt == null || withdrawnAt.isBefore(history.firstResolvedAt))) {
            if (withdrawnAt.isAfter(end)) {
                history.withdrawnAt = null;
            }
            else {
                history.firstResolvedAt = null;
                history.reopenedAt = null;
                if (history.contactedAt != null && history.contactedAt.isAfter(withdrawnAt)) {
                    history.contactedAt = null;
                }
            }
        }
        else {
            history.withdrawnAt = null;
        }
        if (history.contactedAt != null && history.contactedAt.isAfter(end)) {
            history.contactedAt = null;
            history.firstResolvedAt = null;
            history.reopenedAt = null;
        }
        if (history.firstResolvedAt != null && (history.firstResolvedAt.isAfter(end) || history.contactedAt == null)) {
            history.firstResolvedAt = null;
            history.reopenedAt = null;
        }
        if (history.reopenedAt != null && history.reopenedAt.isAfter(end)) {
            history.reopenedAt = null;
        }
        history.resolvedAt = history.firstResolvedAt;
    }

    /** A reopened case's resolution clock starts afresh, its pauses forgotten, and it is resolved again or not yet. */
    private void reopen(CaseHistory history) {
        Instant reopenedAt = history.reopenedAt;
        if (reopenedAt == null) {
            return;
        }
        history.pausedSeconds = 0;
        Instant due = resolutionDue(history, reopenedAt);
        Instant again = reopenedAt.plusSeconds((long) (Duration.between(reopenedAt, due).toSeconds()
                * (0.2 + 0.9 * random.nextDouble())));
        history.resolvedAt = again.isAfter(end) ? null : again;
    }

    /** Half of the open cases paused at some time are waiting on the customer now: that pause is running. */
    private void pauseRunningAtEnd(CaseHistory history) {
        if (history.isOpen() && history.pausedSeconds > 0 && random.nextDouble() < 0.5) {
            Instant since = end.minusSeconds(random.nextLong(3 * 86_400));
            history.pausedSince = since.isBefore(history.received) ? history.received : since;
            history.pausedSeconds = 0;
        }
    }

    /** The customer's answer to a resolution; a satisfied customer's case is closed a little later. */
    private void answer(CaseHistory history) {
        if (history.resolvedAt != null && random.nextDouble() < 0.65) {
            boolean satisfied = random.nextDouble() < 0.88 || history.reopenedAt != null;
            history.satisfaction = satisfied ? "SATISFIED" : "DISSATISFIED";
            if (satisfied) {
                Instant closedAt = history.resolvedAt.plusSeconds(60 + random.nextLong(86_400));
                history.closedAt = closedAt.isAfter(end) ? null : closedAt;
            }
        }
    }

    private CaseStatus status(CaseHistory history) {
        if (history.withdrawnAt != null) {
            return CaseStatus.WITHDRAWN;
        }
        if (history.closedAt != null) {
            return CaseStatus.CLOSED;
        }
        if (history.resolvedAt != null) {
            return CaseStatus.RESOLVED;
        }
        if (history.reopenedAt != null) {
            return CaseStatus.REOPENED;
        }
        if (history.contactedAt != null) {
            return CaseStatus.CONTACTED;
        }
        return random.nextBoolean() ? CaseStatus.ASSIGNED : CaseStatus.RECEIVED;
    }

    /** The case's resolution due time before pauses, its clock started at {@code startedAt}. */
    private Instant resolutionDue(CaseHistory history, Instant startedAt) {
        return rules.policies().resolutionDue(history.policy, startedAt, rules.calendar()).at();
    }

    private <T> T pick(T[] values, double[] weights) {
        double u = random.nextDouble();
        for (int k = 0; k < values.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }
}
