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
 * reopening forgets the resolution clock's, which starts afresh). Stored as one integer, eight bits per clock: bit
 * {@code i} of a clock's byte is the {@code i}-th threshold of the configured warnings in ascending order, then the
 * breach. Immutable: raising returns a new ledger.
 *
 * @param raised the bits of the thresholds raised
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
        List<Integer> thresholds = thresholds(warnings);
        List<DueAlert> pending = new ArrayList<>();
        clocks.forEach((kind, clock) -> {
            Instant end = clock.metAt() != null ? clock.metAt() : stoppedAt;
            for (int i = 0; i < thresholds.size(); i++) {
                Instant at = clock.passes(thresholds.get(i));
                if ((raised & bit(kind, i)) == 0 && (end == null || at.isBefore(end))) {
                    pending.add(new DueAlert(kind, thresholds.get(i), at, clock.dueAtIfRunning(), clock.startedAt()));
                }
            }
        });
        return pending;
    }

    /** The ledger with {@code alerts} raised. */
    public AlertLedger with(List<DueAlert> alerts, List<Integer> warnings) {
        List<Integer> thresholds = thresholds(warnings);
        int bits = raised;
        for (DueAlert alert : alerts) {
            bits |= bit(alert.clock(), thresholds.indexOf(alert.threshold()));
        }
        return new AlertLedger(bits);
    }

    /** The ledger with none of {@code clock}'s thresholds raised: the clock started again. */
    public AlertLedger forget(SlaClock clock) {
        return new AlertLedger(raised & ~(0xFF << (clock.ordinal() * 8)));
    }

    private static List<Integer> thresholds(List<Integer> warnings) {
        List<Integer> thresholds = new ArrayList<>(warnings.stream().sorted().distinct().toList());
        thresholds.add(BREACH);
        return thresholds;
    }

    private static int bit(SlaClock clock, int index) {
        return 1 << (clock.ordinal() * 8 + index);
    }
}
