package org.complaintsuite.workflow.supervision;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How supervisors' proxy reviews reach risk scoring.
 *
 * @param reviewRelayInterval pause between two runs of the review relay (reviews stored and not yet published)
 * @param reviewRelayBatchSize reviews per relay batch
 * @param reviewAckTimeout    the most a batch of reviews waits for the broker's acknowledgements
 */
@Validated
@ConfigurationProperties("workflow.supervision")
public record SupervisionProperties(
        @NotNull @DefaultValue("1s") Duration reviewRelayInterval,
        @Min(1) @Max(10_000) @DefaultValue("100") int reviewRelayBatchSize,
        @NotNull @DefaultValue("10s") Duration reviewAckTimeout) {
}
