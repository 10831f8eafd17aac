package org.complaintsuite.benchmark.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic cases are due where the service would have placed them: its policies, its calendar. */
class SyntheticCasesTest {

    private static final ServiceRules RULES = ServiceRules.withLoadedYears(List.of());

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    /** {@code count} cases all received on the Beijing day of {@code end}, before it. */
    private static List<CaseRow> receivedOnTheDayOf(Instant end, int count) {
        return receivedOver(end, 1, count);
    }

    /** {@code count} cases received on the {@code days} Beijing days up to the one of {@code end}. */
    private static List<CaseRow> receivedOver(Instant end, int days, int count) {
        SyntheticCases cases = new SyntheticCases(count, end, days, 20251001, RULES);
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(cases.next(i));
        }
        return rows;
    }

    @Test
    void firstContactIsDueAfterTheServicesPolicyTwoHoursForCriticalEscalationAndFortyEightOtherwise() {
        List<CaseRow> rows = receivedOnTheDayOf(beijing("2025-06-10T23:59:00"), 2000);

        for (CaseRow row : rows) {
            CaseHistory history = row.history();
            Duration allowed = Duration.between(history.received, history.firstContactDue);
            boolean critical = history.escalation == RiskLevel.CRITICAL;
            assertThat(history.policy.name()).isEqualTo(critical ? "critical-escalation" : "standard");
            assertThat(allowed).isEqualTo(critical ? Duration.ofHours(2) : Duration.ofHours(48));
        }
        assertThat(rows).anyMatch(row -> row.history().escalation == RiskLevel.HIGH);
    }

    @Test
    void aCaseReceivedTheDayBeforeNationalDayIsDueAfterTheHolidayCountingTheAdjustedSaturday() {
        // 2025-09-30 → Oct 9, Oct 10, Oct 11 (Saturday, 调休), Oct 13, Oct 14: due at the end of Oct 14
        List<CaseRow> rows = receivedOnTheDayOf(beijing("2025-09-30T23:59:00"), 500);

        assertThat(rows).filteredOn(row -> row.history().reopenedAt == null).isNotEmpty()
                .allSatisfy(row -> assertThat(row.resolution().baseDue()).isEqualTo(beijing("2025-10-15T00:00:00")));
    }

    @Test
    void aCaseReceivedBeforeTheSpringFestivalCountsTheSundayWorkedAndSkipsTheHoliday() {
        // 2025-01-24 (Friday) → Jan 26 (Sunday, 调休), Jan 27, then Jan 28 – Feb 4 off, Feb 5, 6, 7
        List<CaseRow> rows = receivedOnTheDayOf(beijing("2025-01-24T23:59:00"), 500);

        assertThat(rows).filteredOn(row -> row.history().reopenedAt == null).isNotEmpty()
                .allSatisfy(row -> assertThat(row.resolution().baseDue()).isEqualTo(beijing("2025-02-08T00:00:00")));
    }

    @Test
    void aRegulatorDeadlineFallingInTheHolidayMovesToTheNextWorkingDay() {
        // 2025-09-16 + 15 days = Oct 1, off until Oct 8: due at the end of Oct 9
        List<CaseRow> rows = receivedOnTheDayOf(beijing("2025-09-16T23:59:00"), 500);

        assertThat(rows).filteredOn(row -> row.history().channel == Channel.REGULATOR).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.regulator().lastDay()).hasToString("2025-10-01");
                    assertThat(row.regulator().dueAt()).isEqualTo(beijing("2025-10-10T00:00:00"));
                });
        assertThat(rows).filteredOn(row -> row.history().channel != Channel.REGULATOR)
                .allSatisfy(row -> assertThat(row.regulator().applies()).isFalse());
    }

    @Test
    void aPauseExtendsTheResolutionDueTimeByTheTimePausedAsTheClockRuleCountsIt() {
        List<CaseRow> rows = receivedOver(beijing("2025-05-30T12:00:00"), 90, 3000);

        assertThat(rows).filteredOn(row -> row.resolution().pausedCompleted().isPositive()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.resolution().dueAtIfRunning())
                        .isEqualTo(row.resolution().baseDue().plus(row.resolution().pausedCompleted())));
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        Instant end = beijing("2025-03-03T23:59:00");
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        SyntheticCases one = new SyntheticCases(200, end, 1, 7, RULES);
        SyntheticCases other = new SyntheticCases(200, end, 1, 7, RULES);
        for (int i = 0; i < 200; i++) {
            one.append(i, first);
            other.append(i, second);
        }

        assertThat(first.toString()).isEqualTo(second.toString()).hasLineCount(200);
    }
}
