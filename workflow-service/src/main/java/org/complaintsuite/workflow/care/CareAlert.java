package org.complaintsuite.workflow.care;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A care task's clock passing a share of its time: warnings at 50, 75 and 90 %, a breach at 100 %, each raised once
 * ({@link #bit()} in {@code care_task.alerts_raised}) while the clock runs, as the SLA clocks of cases are.
 *
 * @param clock     FEEDBACK (quality check, 30 minutes) or HANDLING (24 hours)
 * @param threshold percent of the clock's time: 50, 75, 90 or 100
 * @param passedAt  when the clock passed it
 */
public record CareAlert(ClockKind clock, int threshold, Instant passedAt) {

    public enum ClockKind { FEEDBACK, HANDLING }

    static final int[] THRESHOLDS = {50, 75, 90, 100};

    /** The inbox kind, e.g. {@code CARE_FEEDBACK_WARNING}, {@code CARE_HANDLING_BREACH}. */
    public String kind() {
        return "CARE_" + clock.name() + (threshold >= 100 ? "_BREACH" : "_WARNING");
    }

    /** Its bit in the task's raised alerts. */
    public int bit() {
        int index = 0;
        while (THRESHOLDS[index] != threshold) {
            index++;
        }
        return 1 << (clock.ordinal() * THRESHOLDS.length + index);
    }

    /**
     * The alerts of a task's running clocks: those passed by {@code now} and not raised yet, in time order; and when
     * the next one falls due (empty when no clock runs or all were raised).
     */
    static Due due(Instant openedAt, Instant feedbackDue, @Nullable Instant feedbackAt, Instant handlingDue,
            @Nullable Instant closedAt, int raised, Instant now) {
        List<CareAlert> pending = new ArrayList<>();
        if (closedAt == null) {
            if (feedbackAt == null) {
                pending.addAll(of(ClockKind.FEEDBACK, openedAt, feedbackDue));
            }
            pending.addAll(of(ClockKind.HANDLING, openedAt, handlingDue));
        }
        List<CareAlert> notRaised = pending.stream().filter(alert -> (raised & alert.bit()) == 0)
                .sorted(Comparator.comparing(CareAlert::passedAt)).toList();
        List<CareAlert> passed = notRaised.stream().filter(alert -> !alert.passedAt().isAfter(now)).toList();
        Optional<Instant> next = notRaised.stream().map(CareAlert::passedAt).filter(at -> at.isAfter(now)).findFirst();
        return new Due(passed, next.orElse(null));
    }

    /** @param next when the next alert falls due, null when none will */
    record Due(List<CareAlert> passed, @Nullable Instant next) {
    }

    private static List<CareAlert> of(ClockKind clock, Instant openedAt, Instant dueAt) {
        Duration length = Duration.between(openedAt, dueAt);
        List<CareAlert> alerts = new ArrayList<>();
        for (int threshold : THRESHOLDS) {
            alerts.add(new CareAlert(clock, threshold, openedAt.plus(length.multipliedBy(threshold).dividedBy(100))));
        }
        return alerts;
    }
}
