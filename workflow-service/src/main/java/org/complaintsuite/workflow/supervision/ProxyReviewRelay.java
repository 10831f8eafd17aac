package org.complaintsuite.workflow.supervision;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.outbox.AcknowledgedPublisher;
import org.complaintsuite.support.outbox.Outbox;
import org.complaintsuite.support.outbox.OutboxEntry;
import org.complaintsuite.support.outbox.OutboxStore;

/**
 * Publishes the proxy reviews to {@code cases.proxy-reviews}, for risk scoring: a review is stored with the case's
 * change ({@code proxy_review} is its outbox: {@code published_at} still empty) and published after, so a committed
 * review always reaches risk scoring. The suite's {@link Outbox}, at least once: risk scoring keeps reviews by event
 * id, so a review published twice is recorded once.
 */
@Component
class ProxyReviewRelay implements SchedulingConfigurer {

    private final Outbox<UUID> outbox;
    private final SupervisionProperties properties;

    ProxyReviewRelay(ProxyReviews reviews, KafkaTemplate<String, Object> kafka, TransactionOperations transactions,
            Clock clock, SupervisionProperties properties) {
        this.outbox = new Outbox<>("proxy review(s)", new Unpublished(reviews, clock),
                new AcknowledgedPublisher<>(kafka, properties.reviewAckTimeout()), transactions,
                properties.reviewRelayBatchSize());
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(outbox::publishPendingQuietly, properties.reviewRelayInterval());
    }

    /** The reviews not yet acknowledged by the broker, oldest first. */
    private record Unpublished(ProxyReviews reviews, Clock clock) implements OutboxStore<UUID> {

        @Override
        public List<OutboxEntry<UUID>> claim(int limit) {
            return reviews.lockUnpublished(limit).stream()
                    .map(review -> new OutboxEntry<UUID>(review.eventId(), Topics.PROXY_REVIEWS, review.complaintId(),
                            review))
                    .toList();
        }

        @Override
        public void published(List<UUID> ids) {
            reviews.markPublished(ids, clock.instant());
        }
    }
}
