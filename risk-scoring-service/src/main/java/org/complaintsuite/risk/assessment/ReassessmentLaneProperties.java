package org.complaintsuite.risk.assessment;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the re-assessment lane works through the queue ({@link ReassessmentLane}).
 *
 * @param coalescingWindow how long a grown ring waits before it is expanded into its members' re-assessment: its
 *                         growths within the window make one expansion
 * @param interval         the longest pause between two looks at the queue (for leftovers: after a crash, or
 *                         queued by another instance); scorings that queue work wake the lane at once
 * @param backlogLogged    pieces of work (ring expansions and re-assessments) from which a drain is logged
 */
@Validated
@ConfigurationProperties("risk.reassessment")
public record ReassessmentLaneProperties(
        @NotNull @DefaultValue("1s") Duration coalescingWindow,
        @NotNull @DefaultValue("2s") Duration interval,
        @Min(1) @DefaultValue("500") int backlogLogged) {
}
