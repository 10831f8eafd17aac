package org.complaintsuite.workflow.calendar;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How an instance keeps its holiday schedules current.
 *
 * @param refreshInterval how often an instance checks whether another one loaded a schedule
 */
@Validated
@ConfigurationProperties("workflow.calendar")
public record CalendarProperties(@NotNull @DefaultValue("30s") Duration refreshInterval) {
}
