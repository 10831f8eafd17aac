package org.complaintsuite.workflow.backlog;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scoring backlog (docs/operations.md, "What to watch").
 *
 * @param warnAfter  the oldest unassessed case waiting longer than this makes the {@code scoringBacklog} health WARNING
 * @param alertAfter waiting longer than this makes it OUT_OF_SERVICE and raises one {@link ScoringBacklogDetected}
 *                   per episode, for the operations alert
 * @param refresh    how often the backlog is measured (one indexed query)
 */
@Validated
@ConfigurationProperties("workflow.backlog")
public record BacklogProperties(
        @NotNull @DefaultValue("PT10M") Duration warnAfter,
        @NotNull @DefaultValue("PT30M") Duration alertAfter,
        @NotNull @DefaultValue("15s") Duration refresh) {
}
