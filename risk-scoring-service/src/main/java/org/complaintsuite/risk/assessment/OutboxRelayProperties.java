package org.complaintsuite.risk.assessment;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the assessment outbox and the re-assessment queue are worked through between scorings (each scoring publishes
 * and drains right after its own transaction; these runs pick up what that left).
 *
 * @param outboxRelayInterval pause between two runs of the outbox relay and of the re-assessment relay
 * @param outboxBatchSize     assessments per relay batch
 * @param outboxAckTimeout    the most a batch of assessments waits for the broker's acknowledgements
 */
@Validated
@ConfigurationProperties("risk")
public record OutboxRelayProperties(
        @NotNull @DefaultValue("2s") Duration outboxRelayInterval,
        @Min(1) @Max(10_000) @DefaultValue("100") int outboxBatchSize,
        @NotNull @DefaultValue("10s") Duration outboxAckTimeout) {
}
