package org.complaintsuite.benchmark.workflow;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.PausableClock;

/**
 * What {@link SyntheticCases} generated, and each clock's outcome as the service's clock rule
 * ({@link PausableClock#state}) judges it: the figures the rollup's SQL must count the same.
 */
final class GeneratedFigures {

    /** What happened to the cases, as the report names it. */
    enum Count {
        OPEN("open at load"), FORGOTTEN("forgotten"), WITHDRAWN("withdrawn"), REOPENED("reopened"), PAUSED("paused");

        private final String label;

        Count(String label) {
            this.label = label;
        }
    }

    private final Map<Count, Long> counts = new EnumMap<>(Count.class);
    final Outcomes firstContact = new Outcomes();
    final Outcomes resolution = new Outcomes();
    final Outcomes regulator = new Outcomes();

    /** A clock's outcomes over the cases: met on time, met late, stopped by a withdrawal when already overdue. */
    static final class Outcomes {

        long onTime;
        long late;
        long stoppedOverdue;

        /**
         * Counts a clock: met ({@code metAt} given) on time or late, or, when the case was withdrawn before it was
         * met, overdue at the withdrawal or not.
         */
        void count(@Nullable PausableClock clock, @Nullable Instant metAt, @Nullable Instant withdrawnAt) {
            if (clock == null) {
                return;
            }
            if (metAt != null) {
                if (clock.state(metAt) == ClockState.MET) {
                    onTime++;
                }
                else {
                    late++;
                }
            }
            else if (withdrawnAt != null && clock.state(withdrawnAt) == ClockState.BREACHED) {
                stoppedOverdue++;
            }
        }
    }

    void count(CaseHistory history, CaseRow row) {
        add(Count.OPEN, history.isOpen());
        add(Count.FORGOTTEN, history.isOpen() && history.forgotten);
        add(Count.WITHDRAWN, history.withdrawnAt != null);
        add(Count.REOPENED, history.reopenedAt != null);
        add(Count.PAUSED, row.resolution().isPaused() || row.resolution().pausedCompleted().isPositive());
        firstContact.count(row.firstContact(), history.contactedAt, history.withdrawnAt);
        resolution.count(row.resolution(), history.resolvedAt, history.withdrawnAt);
        regulator.count(row.regulator().clock(history.received, history.resolvedAt), history.resolvedAt,
                history.withdrawnAt);
    }

    /** The figures by name, as kept in the database's {@code bench_meta} for runs that reuse it. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Count count : Count.values()) {
            map.put(count.label, Long.toString(counts.getOrDefault(count, 0L)));
        }
        put(map, "first_contact", firstContact);
        put(map, "resolution", resolution);
        put(map, "regulator", regulator);
        return map;
    }

    private void add(Count count, boolean applies) {
        if (applies) {
            counts.merge(count, 1L, Long::sum);
        }
    }

    private static void put(Map<String, String> map, String clock, Outcomes outcomes) {
        map.put("rule " + clock + "_on_time", Long.toString(outcomes.onTime));
        map.put("rule " + clock + "_late", Long.toString(outcomes.late));
        map.put("rule " + clock + "_stopped_overdue", Long.toString(outcomes.stoppedOverdue));
    }
}
