package org.complaintsuite.workflow.deadletters;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dead-letter store.
 *
 * @param consumerGroup  the consumer group reading the dead-letter topics
 * @param topics         the suite's topics whose dead-letter topics ({@code <topic>-dlt}) are read
 * @param scoringGroup   the consumer group of risk scoring: a dead letter of {@code complaints.received} from this
 *                       group is a complaint left unscored, whose case is marked "assessment failed"
 * @param maxPageSize    the most dead letters one page of {@code GET /api/v1/dead-letters} may ask for
 * @param replayTimeout  how long a replay waits for the broker's acknowledgement
 * @param gaugeRefresh   how often the pending counts on /actuator/prometheus are computed
 */
@Validated
@ConfigurationProperties("workflow.dead-letters")
public record DeadLetterProperties(
        @NotBlank @DefaultValue("workflow-dead-letters") String consumerGroup,
        @NotEmpty @DefaultValue({"complaints.raw.phone", "complaints.raw.chat", "complaints.raw.regulator",
                "complaints.received", "complaints.assessed", "cases.proxy-reviews", "sla.alerts", "contacts.received",
                "contacts.assessed", "quality.findings"})
        List<String> topics,
        @NotBlank @DefaultValue("risk-scoring-service") String scoringGroup,
        @Min(1) @Max(1000) @DefaultValue("100") int maxPageSize,
        @DefaultValue("10s") Duration replayTimeout,
        @DefaultValue("30s") Duration gaugeRefresh) {
}
