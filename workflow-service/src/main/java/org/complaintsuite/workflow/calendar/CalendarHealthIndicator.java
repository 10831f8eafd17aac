package org.complaintsuite.workflow.calendar;

import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code calendar} on the health endpoint: {@code WARNING} while a schedule the clocks need is missing. WARNING
 * ranks between DOWN and UP and answers 200 (application.yml): the service keeps working, with provisional due dates,
 * and is not taken out of rotation; it is not part of the liveness or readiness groups.
 */
@Component("calendar")
class CalendarHealthIndicator implements HealthIndicator {

    static final Status WARNING = new Status("WARNING", "An official holiday schedule the clocks need is not loaded");

    private final WorkingCalendars calendars;

    CalendarHealthIndicator(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Health health() {
        List<Integer> missing = calendars.missingYears();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.status(WARNING)
                .withDetail("action", "PUT /api/v1/calendar/{year} with the State Council's schedule (holiday-cn JSON)");
        return health.withDetail("missingYears", missing)
                .withDetail("publishedYears", calendars.current().publishedYears())
                .build();
    }
}
