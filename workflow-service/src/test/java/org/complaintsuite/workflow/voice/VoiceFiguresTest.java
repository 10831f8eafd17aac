package org.complaintsuite.workflow.voice;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.workflow.voice.VoiceFigures.Count;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceFiguresTest {

    private static final LocalDate SINCE = LocalDate.parse("2026-11-24");

    @Test
    void aDaysRateCountsComplaintsAsDissatisfiedVoices() {
        var day = VoiceFigures.days(List.of(new Count(SINCE, "DEDUCTION", 8, 2, 2)), SINCE).getFirst();

        assertThat(day.dissatisfiedVoices()).isEqualTo(4);
        assertThat(day.dissatisfactionRate()).isEqualTo(0.4);
    }

    @Test
    void daysBeforeThePeriodServeOnlyTheComparison() {
        var counts = List.of(new Count(SINCE.minusDays(3), "DEDUCTION", 1, 1, 0), new Count(SINCE, "DEDUCTION", 1, 1, 0));

        assertThat(VoiceFigures.days(counts, SINCE)).extracting(VoiceFigures.Day::day).containsExactly(SINCE);
    }

    @Test
    void theLargestIncreaseOfDissatisfiedVoicesRisesFirst() {
        var counts = List.of(
                new Count(SINCE.minusDays(7), "DEDUCTION", 10, 1, 1),
                new Count(SINCE.minusDays(1), "BILLING", 10, 3, 0),
                new Count(SINCE, "DEDUCTION", 10, 5, 1),
                new Count(SINCE.plusDays(6), "BILLING", 20, 6, 2),
                new Count(SINCE.plusDays(2), "SERVICE", 4, 1, 2));

        var rising = VoiceFigures.rising(counts, SINCE, 7, 3);

        assertThat(rising).extracting(VoiceFigures.Rising::value).containsExactly("BILLING", "DEDUCTION", "SERVICE");
        assertThat(rising.getFirst()).isEqualTo(new VoiceFigures.Rising("BILLING", 3, 8, 5, 0.3, 8 / 22.0));
        assertThat(rising.get(2).rateBefore()).isNull();
    }

    @Test
    void aFewVoicesFallingVoicesAndNoValueDoNotRise() {
        var counts = List.of(
                new Count(SINCE, "REFUND", 0, 0, 2),
                new Count(SINCE.minusDays(2), "COLLECTION", 5, 5, 0),
                new Count(SINCE.plusDays(1), "COLLECTION", 5, 4, 0),
                new Count(SINCE.plusDays(1), "NONE", 50, 40, 0),
                new Count(SINCE.minusDays(8), "CREDIT_LIMIT", 9, 9, 0),
                new Count(SINCE.plusDays(1), "CREDIT_LIMIT", 3, 3, 0));

        assertThat(VoiceFigures.rising(counts, SINCE, 7, 3)).extracting(VoiceFigures.Rising::value)
                .containsExactly("CREDIT_LIMIT");
    }
}
