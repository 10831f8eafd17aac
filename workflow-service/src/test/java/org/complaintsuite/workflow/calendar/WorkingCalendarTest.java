package org.complaintsuite.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The official schedules the service ships (holiday-cn 2023–2027; 2027 not yet published). */
class WorkingCalendarTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final WorkingCalendar calendar = new WorkingCalendar(bundled());

    static List<YearSchedule> bundled() {
        List<YearSchedule> schedules = new ArrayList<>();
        for (int year = 2023; year <= 2027; year++) {
            try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
                schedules.add(YearSchedule.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), JSON, year));
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return schedules;
    }

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void theBriefsExampleIsDueAtTheEndOfTheFifthWorkingDayCountingTheAdjustedSaturday() {
        // received 2025-09-30 10:00 → Oct 9, Oct 10, Oct 11 (Saturday, 调休), Oct 13, Oct 14
        WorkingCalendar.Due due = calendar.endOfNthWorkingDayAfter(beijing("2025-09-30T10:00:00"), 5);

        assertThat(due.at()).isEqualTo(beijing("2025-10-15T00:00:00"));
        assertThat(due.provisional()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2024-01-01, off, New Year's Day 2024",
            "2024-02-04, working, Sunday before the 2024 Spring Festival (调休)",
            "2024-02-09, working, New Year's Eve 2024 is not a statutory day off",
            "2024-02-12, off, Spring Festival 2024",
            "2024-02-18, working, Sunday after the 2024 Spring Festival (调休)",
            "2024-04-07, working, Sunday after Qingming 2024 (调休)",
            "2024-05-01, off, Labour Day 2024",
            "2024-09-14, working, Saturday before Mid-Autumn 2024 (调休)",
            "2024-10-07, off, National Day 2024",
            "2024-10-12, working, Saturday after National Day 2024 (调休)",
            "2025-01-26, working, Sunday before the 2025 Spring Festival (调休)",
            "2025-01-28, off, Spring Festival 2025",
            "2025-02-08, working, Saturday after the 2025 Spring Festival (调休)",
            "2025-05-05, off, Labour Day 2025",
            "2025-10-08, off, National Day and Mid-Autumn 2025",
            "2025-10-11, working, Saturday after National Day 2025 (调休)",
            "2026-01-02, off, New Year 2026",
            "2026-01-04, working, Sunday after New Year 2026 (调休)",
            "2026-02-14, working, Saturday before the 2026 Spring Festival (调休)",
            "2026-02-17, off, Spring Festival 2026",
            "2026-10-10, working, Saturday after National Day 2026 (调休)",
            "2025-11-19, working, an ordinary Wednesday",
            "2025-11-22, off, an ordinary Saturday"})
    void followsTheOfficialSchedule(LocalDate date, String expected, String what) {
        assertThat(calendar.isWorkingDay(date)).as(what).isEqualTo(expected.equals("working"));
    }

    @Test
    void aReceiptLateAtNightCountsFromTheNextDayLikeOneInTheMorning() {
        assertThat(calendar.endOfNthWorkingDayAfter(beijing("2025-11-18T23:59:59"), 5).at())
                .isEqualTo(calendar.endOfNthWorkingDayAfter(beijing("2025-11-18T00:00:01"), 5).at())
                .isEqualTo(beijing("2025-11-26T00:00:00"));
    }

    @Test
    void theDayOfReceiptIsItsBeijingDateNotItsUtcDate() {
        // 2025-11-18T16:30Z is 00:30 on Wednesday 19 November in Beijing: the count starts on the 20th
        assertThat(calendar.endOfNthWorkingDayAfter(Instant.parse("2025-11-18T16:30:00Z"), 5).at())
                .isEqualTo(beijing("2025-11-27T00:00:00"));
    }

    @Test
    void aReceiptOnAHolidayCountsFromTheFirstWorkingDayAfterIt() {
        assertThat(calendar.endOfNthWorkingDayAfter(beijing("2025-10-03T09:00:00"), 5).at())
                .isEqualTo(beijing("2025-10-15T00:00:00"));
    }

    @Test
    void theCountRunsAcrossTheYearBoundaryThroughNewYearAndItsAdjustedSunday() {
        // Dec 30, Dec 31, (Jan 1–3 off), Jan 4 (Sunday, 调休), Jan 5, Jan 6
        assertThat(calendar.endOfNthWorkingDayAfter(beijing("2025-12-29T15:00:00"), 5).at())
                .isEqualTo(beijing("2026-01-07T00:00:00"));
    }

    @Test
    void theSpringFestivalWeekIsSkippedAndItsAdjustedSundayCounts() {
        // Feb 9 (New Year's Eve, a working day), Feb 18 (Sunday, 调休), Feb 19, Feb 20, Feb 21
        assertThat(calendar.endOfNthWorkingDayAfter(beijing("2024-02-08T15:00:00"), 5).at())
                .isEqualTo(beijing("2024-02-22T00:00:00"));
    }

    @Test
    void aDueDateInAYearNotYetPublishedIsProvisional() {
        WorkingCalendar.Due due = calendar.endOfNthWorkingDayAfter(beijing("2026-12-29T10:00:00"), 5);

        assertThat(calendar.knows(2026)).isTrue();
        assertThat(calendar.knows(2027)).isFalse();
        assertThat(due.provisional()).isTrue();
        // counted on ordinary weeks meanwhile: Dec 30, Dec 31, Jan 1, Jan 4, Jan 5
        assertThat(due.at()).isEqualTo(beijing("2027-01-06T00:00:00"));
    }

    @Test
    void aDeadlineOnAWorkingDayEndsThatDay() {
        assertThat(calendar.endOfDeadline(LocalDate.parse("2025-10-24")).at()).isEqualTo(beijing("2025-10-25T00:00:00"));
    }

    @Test
    void aDeadlineOnAHolidayMovesToTheNextWorkingDay() {
        assertThat(calendar.endOfDeadline(LocalDate.parse("2025-10-04")).at()).isEqualTo(beijing("2025-10-10T00:00:00"));
        assertThat(calendar.endOfDeadline(LocalDate.parse("2025-11-22")).at()).isEqualTo(beijing("2025-11-25T00:00:00"));
    }

    @Test
    void anEmptyScheduleIsNotPublished() {
        YearSchedule empty = YearSchedule.parse("{\"year\": 2027, \"papers\": [], \"days\": []}", JSON, 2027);

        assertThat(empty.published()).isFalse();
        assertThat(new WorkingCalendar(List.of(empty)).knows(2027)).isFalse();
    }

    @Test
    void aWrongScheduleIsRefusedSayingWhatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> YearSchedule.parse("{\"year\": 2026, \"days\": []}", JSON, 2027))
                .withMessageContaining("year must be 2027");
        assertThatIllegalArgumentException().isThrownBy(() -> YearSchedule.parse(
                "{\"year\": 2027, \"days\": [{\"date\": \"2027-02-30\", \"isOffDay\": true}]}", JSON, 2027))
                .withMessageContaining("days[0].date");
        assertThatIllegalArgumentException().isThrownBy(() -> YearSchedule.parse(
                "{\"year\": 2027, \"days\": [{\"date\": \"2027-02-10\"}]}", JSON, 2027))
                .withMessageContaining("isOffDay");
        assertThatIllegalArgumentException().isThrownBy(() -> YearSchedule.parse(
                "{\"year\": 2027, \"days\": [{\"date\": \"2030-02-10\", \"isOffDay\": true}]}", JSON, 2027))
                .withMessageContaining("not in or next to 2027");
        assertThatIllegalArgumentException().isThrownBy(() -> YearSchedule.parse("not json", JSON, 2027))
                .withMessageContaining("not JSON");
    }
}
