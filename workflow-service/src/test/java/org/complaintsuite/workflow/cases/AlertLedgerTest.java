package org.complaintsuite.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.complaintsuite.workflow.cases.AlertLedger.DueAlert;
import org.complaintsuite.workflow.sla.PausableClock;
import org.complaintsuite.workflow.sla.SlaClock;

class AlertLedgerTest {

    private static final Instant START = Instant.parse("2025-10-13T02:00:00Z");
    private static final List<Integer> WARNINGS = List.of(90, 50, 75);
    private static final PausableClock FIRST_CONTACT = PausableClock.started(START, START.plus(Duration.ofHours(48)),
            Duration.ZERO);
    private static final PausableClock RESOLUTION = PausableClock.started(START, START.plus(Duration.ofDays(7)),
            Duration.ZERO);
    private static final Map<SlaClock, PausableClock> CLOCKS = Map.of(SlaClock.FIRST_CONTACT, FIRST_CONTACT,
            SlaClock.RESOLUTION, RESOLUTION);

    @Test
    void aNewLedgerHasEveryWarningInAscendingOrderAndTheBreachPendingForEachClock() {
        List<DueAlert> pending = AlertLedger.NONE.pending(Map.of(SlaClock.FIRST_CONTACT, FIRST_CONTACT), null,
                WARNINGS);

        assertThat(pending).extracting(DueAlert::threshold).containsExactly(50, 75, 90, 100);
        assertThat(pending).extracting(DueAlert::passedAt).containsExactly(START.plus(Duration.ofHours(24)),
                START.plus(Duration.ofHours(36)), START.plus(Duration.ofMinutes(48 * 60 * 9 / 10)),
                START.plus(Duration.ofHours(48)));
        assertThat(pending.getLast().isBreach()).isTrue();
    }

    @Test
    void anAlertRaisedIsNoLongerPendingAndOnlyForItsOwnClock() {
        List<DueAlert> halfway = AlertLedger.NONE.pending(CLOCKS, null, WARNINGS).stream()
                .filter(alert -> alert.clock() == SlaClock.FIRST_CONTACT && alert.threshold() == 50).toList();

        AlertLedger ledger = AlertLedger.NONE.with(halfway);

        assertThat(ledger.pending(CLOCKS, null, WARNINGS))
                .extracting(DueAlert::clock, DueAlert::threshold)
                .doesNotContain(tuple(SlaClock.FIRST_CONTACT, 50))
                .contains(tuple(SlaClock.RESOLUTION, 50));
    }

    @Test
    void forgettingAClockMakesItsAlertsPendingAgainAndKeepsTheOthersRaised() {
        AlertLedger all = AlertLedger.NONE.with(AlertLedger.NONE.pending(CLOCKS, null, WARNINGS));
        assertThat(all.pending(CLOCKS, null, WARNINGS)).isEmpty();

        assertThat(all.forget(SlaClock.RESOLUTION).pending(CLOCKS, null, WARNINGS))
                .allMatch(alert -> alert.clock() == SlaClock.RESOLUTION).hasSize(4);
    }

    @Test
    void aClockStoppedBeforeAThresholdLeavesThatThresholdUnraisedForEver() {
        Instant withdrawn = START.plus(Duration.ofHours(30));

        assertThat(AlertLedger.NONE.pending(Map.of(SlaClock.FIRST_CONTACT, FIRST_CONTACT), withdrawn, WARNINGS))
                .extracting(DueAlert::threshold).containsExactly(50);
    }

    @Test
    void removingOrReorderingAWarningLeavesWhatWasRaisedAsItWas() {
        List<DueAlert> firstTwo = AlertLedger.NONE.pending(CLOCKS, null, WARNINGS).stream()
                .filter(alert -> alert.clock() == SlaClock.FIRST_CONTACT && alert.threshold() <= 75).toList();
        AlertLedger ledger = AlertLedger.NONE.with(firstTwo);

        assertThat(ledger.pending(Map.of(SlaClock.FIRST_CONTACT, FIRST_CONTACT), null, List.of(75, 90)))
                .extracting(DueAlert::threshold).containsExactly(90, 100);
        assertThat(ledger.pending(Map.of(SlaClock.FIRST_CONTACT, FIRST_CONTACT), null, List.of(90, 75, 60, 50)))
                .extracting(DueAlert::threshold).containsExactly(90, 100);
    }

    @Test
    void manyThresholdsOfOneClockDoNotSpillIntoAnother() {
        List<Integer> many = List.of(10, 20, 30, 40, 50, 60, 70, 80, 90);
        AlertLedger all = AlertLedger.NONE.with(AlertLedger.NONE.pending(Map.of(SlaClock.FIRST_CONTACT,
                FIRST_CONTACT), null, many));

        assertThat(all.highestRaised(SlaClock.FIRST_CONTACT)).isEqualTo(100);
        assertThat(all.highestRaised(SlaClock.RESOLUTION)).isZero();
        assertThat(all.pending(CLOCKS, null, many)).extracting(DueAlert::clock).containsOnly(SlaClock.RESOLUTION)
                .hasSize(10);
    }
}
