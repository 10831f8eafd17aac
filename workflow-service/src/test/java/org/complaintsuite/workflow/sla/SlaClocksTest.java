package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClocksTest {

    private final SlaClocks clocks = new SlaClocks(Duration.ofHours(48));

    @Test
    void firstContactIsDue48HoursAfterReceipt() {
        assertThat(clocks.firstContactDue(Instant.parse("2025-10-11T01:15:02Z")))
                .isEqualTo(Instant.parse("2025-10-13T01:15:02Z"));
    }

    @Test
    void firstContactCountsCalendarHoursThroughHolidays() {
        // received on the eve of the National Day holiday: the 48 hours run through it
        assertThat(clocks.firstContactDue(Instant.parse("2025-09-30T14:00:00Z")))
                .isEqualTo(Instant.parse("2025-10-02T14:00:00Z"));
    }
}
