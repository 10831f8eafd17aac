package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.sla.PausableClock;
import org.complaintsuite.workflow.sla.SlaClock;

/**
 * Which warnings and breaches of a case's clocks were raised, so that each is raised once in the case's life (a
 * reopening forgets the resolution clock's, which starts afresh). Keyed by clock and threshold: stored as one
 * integer, a byte per clock holding the highest threshold of that clock raised, in percent (0: none). A clock passes
 * its thresholds in ascending order (its share of time only grows), so every threshold up to that one was raised:
 * adding, removing or reordering configured warnings leaves what was raised as it was. Immutable: raising returns a
 * new ledger.
 *
 * @param raised a byte per clock ({@link SlaClock} order): the highest threshold raised
 */
@Embeddable
public record AlertLedger(@Column(name = "alerts_raised") int raised) {

    public static final AlertLedger NONE = new AlertLedger(0);
    private static final int BREACH = 100;

    /**
     * A warning (a share of the allowed time passed) or a breach (100: the due time passed).
     *
     * @param clockStartedAt when the clock started (receipt, or the reopening for the resolution clock): with the
     *                       case, clock and threshold it identifies the alert
     */
    public record DueAlert(SlaClock clock, int threshold, Instant passedAt, Instant dueAt, Instant clockStartedAt) {

        public boolean isBreach() {
            return threshold == BREACH;
        }
    }

    /**
     * The thresholds not raised yet, with the time each is passed: all of them while a clock runs; once it is met
     * (or {@code stoppedAt}, the customer withdrew), those it passed before, which a scan has not seen yet (the
     * service was down, or the clock was met late within a scan interval): a breach happened and is raised. A paused
     * clock's thresholds are where they fall if the pause lasts as long as it may.
     */
    public List<DueAlert> pending(Map<SlaClock, PausableClock> clocks, @Nullable Instant stoppedAt,
            List<Integer> warnings) {
        List<Integer> thresholds = new ArrayList<>(warnings.stream().sorted().distinct().toList());
        thresholds.add(BREACH);
        List<DueAlert> pending = new ArrayList<>();
        clocks.forEach((kind, clock) -> {
            Instant end = clock.metAt() != null ? clock.metAt() : stoppedAt;
            for (int threshold : thresholds) {
                Instant at = clock.passes(threshold);
                if (threshold > highestRaised(kind) && (end == null || at.isBefore(end))) {
                    pending.add(new DueAlert(kind, threshold, at, clock.dueAtIfRunning(), clock.startedAt()));
                }
            }
        });
        return pending;
    }

    /** The ledger with {@code alerts} raised. */
    public AlertLedger with(List<DueAlert> alerts) {
        AlertLedger ledger = this;
        for (DueAlert alert : alerts) {
            if (alert.threshold() > ledger.highestRaised(alert.clock())) {
                int others = ledger.forget(alert.clock()).raised;
                ledger = new AlertLedger(others | alert.threshold() << shift(alert.clock()));
            }
        }
        return ledger;
    }

    /** The ledger with none of {@code clock}'s thresholds raised: the clock started again. */
    public AlertLedger forget(SlaClock clock) {
        return new AlertLedger(raised & ~(0xFF << shift(clock)));
    }

    /** The highest threshold of {@code clock} raised, 0 when none was. */
    public int highestRaised(SlaClock clock) {
        return (raised >>> shift(clock)) & 0xFF;
    }

    private static int shift(SlaClock clock) {
        return clock.ordinal() * 8;
    }
}
