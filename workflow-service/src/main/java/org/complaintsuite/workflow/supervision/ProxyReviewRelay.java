package org.complaintsuite.workflow.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.Topics;

/**
 * Publishes the proxy reviews to {@code cases.proxy-reviews}, for risk scoring: a review is stored with the case's
 * change and published after, so a committed review always reaches risk scoring (at least once; risk scoring keeps
 * reviews by event id). Rows are taken in bounded batches with {@code FOR UPDATE SKIP LOCKED}, so several instances
 * relay side by side; the batch is sent at once and marked published when the broker acknowledged all of it.
 */
@Component
class ProxyReviewRelay {

    private static final Logger log = LoggerFactory.getLogger(ProxyReviewRelay.class);
    static final int BATCH = 100;
    static final long ACK_TIMEOUT_SECONDS = 10;

    private final ProxyReviews reviews;
    private final KafkaTemplate<String, Object> kafka;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProxyReviewRelay(ProxyReviews reviews, KafkaTemplate<String, Object> kafka, TransactionTemplate transactions,
            Clock clock) {
        this.reviews = reviews;
        this.kafka = kafka;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${workflow.supervision.review-relay-interval:1s}")
    void relay() {
        try {
            Integer published = transactions.execute(status -> publishBatch());
            if (published != null && published > 0) {
                log.info("Published {} proxy review(s) to {}", published, Topics.PROXY_REVIEWS);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Proxy review relay failed, will try again: {}", ex.getMessage());
        }
    }

    private int publishBatch() {
        List<ProxyFlagReviewed> pending = reviews.lockUnpublished(BATCH);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (ProxyFlagReviewed review : pending) {
            sends.add(kafka.send(Topics.PROXY_REVIEWS, review.complaintId(), review));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing proxy reviews", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("proxy reviews not acknowledged by the broker", ex);
        }
        List<UUID> ids = pending.stream().map(ProxyFlagReviewed::eventId).toList();
        reviews.markPublished(ids, clock.instant());
        return ids.size();
    }
}
