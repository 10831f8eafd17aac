package org.complaintsuite.intake.normalize;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BeijingTimeTest {

    @Test
    void dateTimeWithAnOffsetMeansWhatItSays() {
        Instant callStart = Instant.parse("2025-10-11T01:15:02Z");

        assertThat(BeijingTime.parseInstant("2025-10-11T09:15:02+08:00")).contains(callStart);
        assertThat(BeijingTime.parseInstant("2025-10-11T01:15:02Z")).contains(callStart);
        assertThat(BeijingTime.parseInstant("2025-10-11T03:15:02+02:00")).contains(callStart);
    }

    @Test
    void isoDateTimeWithoutAnOffsetIsBeijingTime() {
        assertThat(BeijingTime.parseInstant("2025-10-11T09:15:02")).contains(Instant.parse("2025-10-11T01:15:02Z"));
    }

    @Test
    void spaceSeparatedDateTimeIsBeijingTime() {
        assertThat(BeijingTime.parseInstant("2025-10-09 16:20:00")).contains(Instant.parse("2025-10-09T08:20:00Z"));
        assertThat(BeijingTime.parseInstant(" 2025-10-09 16:20 ")).contains(Instant.parse("2025-10-09T08:20:00Z"));
    }

    @Test
    void earlyMorningBeijingTimeFallsOnThePreviousUtcDay() {
        assertThat(BeijingTime.parseInstant("2025-10-09 06:00:00")).contains(Instant.parse("2025-10-08T22:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-13-01 10:00:00", "2025-10-09", "16:20:00", "1760145302000"})
    void unreadableDateTimeIsEmpty(String text) {
        assertThat(BeijingTime.parseInstant(text)).isEmpty();
    }

    @Test
    void dateIsAnIsoCalendarDate() {
        assertThat(BeijingTime.parseDate("2025-10-24")).contains(LocalDate.of(2025, 10, 24));
        assertThat(BeijingTime.parseDate("2025/10/24")).isEmpty();
        assertThat(BeijingTime.parseDate("下周五")).isEmpty();
    }
}
