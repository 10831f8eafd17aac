package org.complaintsuite.workflow.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every {@code workflow.calendar.refresh-interval}, picks up the schedules another instance loaded. */
@Configuration(proxyBeanMethods = false)
class CalendarRefreshSchedule implements SchedulingConfigurer {

    private final WorkingCalendars calendars;
    private final CalendarProperties properties;

    CalendarRefreshSchedule(WorkingCalendars calendars, CalendarProperties properties) {
        this.calendars = calendars;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(calendars::refresh, properties.refreshInterval(),
                properties.refreshInterval()));
    }
}
