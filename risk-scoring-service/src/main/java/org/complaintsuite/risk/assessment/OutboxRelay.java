package org.complaintsuite.risk.assessment;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import org.complaintsuite.support.outbox.AcknowledgedPublisher;
import org.complaintsuite.support.outbox.Outbox;

/**
 * Publishes the assessment outbox with the suite's {@link Outbox}: once after each batch of received complaints is
 * scored ({@link BatchScoring}), after the re-assessment lane's work ({@link ReassessmentLane}), and every
 * {@code risk.outbox-relay-interval} for whatever a failed attempt left behind. At least once: several instances
 * relay side by side (rows claimed with {@code FOR UPDATE SKIP LOCKED}), and a crash between the broker's
 * acknowledgement and the delete publishes a batch again later; consumers keep the newest assessment and the event id
 * is the same, so that is harmless.
 */
@Component
public class OutboxRelay implements SchedulingConfigurer {

    private final Outbox<Long> outbox;
    private final OutboxRelayProperties properties;

    OutboxRelay(AssessmentOutbox rows, KafkaTemplate<String, Object> kafka, TransactionOperations transactions,
            OutboxRelayProperties properties) {
        this.outbox = new Outbox<>("assessment(s)", rows, new AcknowledgedPublisher<>(kafka,
                properties.outboxAckTimeout()), transactions, properties.outboxBatchSize());
        this.properties = properties;
    }

    /**
     * Publishes what is pending; returns how many were published.
     *
     * @throws org.apache.kafka.common.errors.TimeoutException (retriable) when the broker did not acknowledge a batch
     */
    public int publishPending() {
        return outbox.publishPending();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(outbox::publishPendingQuietly, properties.outboxRelayInterval());
    }
}
