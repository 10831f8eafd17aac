package org.complaintsuite.workflow.alerts;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How SLA alerts are raised and published.
 *
 * @param scanInterval         pause between two scans for cases whose next alert is due
 * @param scanBatchSize        cases taken per scan transaction
 * @param scanEnabled          whether this instance scans (every instance may: they split the cases)
 * @param relayInterval        pause between two relay runs while the outbox is empty
 * @param relayBatchSize       alerts per Kafka transaction
 * @param relayEnabled         whether this instance may become the relay leader
 * @param relayLease           how long the relay leader's lease runs unless renewed (it is on every relay run): how
 *                             long the alerts wait when a leader died before another instance takes over
 * @param positionTopic        compacted topic where the relay records, in each Kafka transaction, which outbox rows it
 *                             carried
 * @param positionReadTimeout  the most a new relay leader waits to read its last position before giving up (and
 *                             trying again on its next run)
 * @param transactionTimeout   the Kafka transaction timeout: how long a relay that died mid-transaction can hold up
 *                             {@code read_committed} consumers before the broker aborts its transaction (a new
 *                             leader aborts it at once)
 */
@Validated
@ConfigurationProperties("workflow.alerts")
public record SlaAlertProperties(
        @NotNull @DefaultValue("5s") Duration scanInterval,
        @Min(1) @Max(10_000) @DefaultValue("100") int scanBatchSize,
        @DefaultValue("true") boolean scanEnabled,
        @NotNull @DefaultValue("1s") Duration relayInterval,
        @Min(1) @Max(10_000) @DefaultValue("200") int relayBatchSize,
        @DefaultValue("true") boolean relayEnabled,
        @NotNull @DefaultValue("10s") Duration relayLease,
        @NotBlank @DefaultValue("sla.alerts.relay-position") String positionTopic,
        @NotNull @DefaultValue("30s") Duration positionReadTimeout,
        @NotNull @DefaultValue("60s") Duration transactionTimeout) {
}
