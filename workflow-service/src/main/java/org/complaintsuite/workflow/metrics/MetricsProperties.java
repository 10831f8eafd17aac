package org.complaintsuite.workflow.metrics;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SLA metrics (domain brief §7).
 *
 * @param aboutToBreachWithin a running clock due within this time from now is about to breach
 * @param maxSpanDays         the longest period one request may ask for, in days
 * @param gaugeRefresh        how often the Prometheus gauges are computed again
 */
@Validated
@ConfigurationProperties("workflow.metrics")
public record MetricsProperties(
        @NotNull @DefaultValue("4h") Duration aboutToBreachWithin,
        @Min(1) @Max(3660) @DefaultValue("366") int maxSpanDays,
        @NotNull @DefaultValue("30s") Duration gaugeRefresh) {
}
