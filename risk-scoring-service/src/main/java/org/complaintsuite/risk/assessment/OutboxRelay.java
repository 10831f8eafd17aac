package org.complaintsuite.risk.assessment;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.model.Topics;

/**
 * Publishes the outbox: right after each scoring transaction, and every few seconds for whatever a failed attempt
 * left behind. Rows are taken with {@code FOR UPDATE SKIP LOCKED} in bounded batches, so several instances relay
 * side by side without publishing a row twice at the same time; a row is deleted only after the broker
 * acknowledged it. A crash between the two publishes the row again later: consumers keep the newest assessment and
 * the event id is the same, so that is harmless.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final int BATCH = 100;

    private final AssessmentStore store;
    private final KafkaTemplate<String, Object> kafka;
    private final TransactionTemplate transactions;

    public OutboxRelay(AssessmentStore store, KafkaTemplate<String, Object> kafka, TransactionTemplate transactions) {
        this.store = store;
        this.kafka = kafka;
        this.transactions = transactions;
    }

    /** Publishes what is pending; returns how many were published. */
    public int publishPending() {
        int published = 0;
        int batch;
        do {
            Integer count = transactions.execute(status -> {
                List<AssessmentStore.Pending> pending = store.lockPending(BATCH);
                for (AssessmentStore.Pending row : pending) {
                    send(row);
                    store.delete(row.id());
                }
                return pending.size();
            });
            batch = count == null ? 0 : count;
            published += batch;
        }
        while (batch == BATCH);
        return published;
    }

    @Scheduled(fixedDelayString = "${risk.outbox-relay-interval:2s}")
    void relayLeftovers() {
        try {
            int published = publishPending();
            if (published > 0) {
                log.info("Relayed {} assessment(s) left in the outbox", published);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Outbox relay failed, will try again: {}", ex.getMessage());
        }
    }

    private void send(AssessmentStore.Pending row) {
        try {
            kafka.send(Topics.COMPLAINTS_ASSESSED, row.assessed().complaintId(), row.assessed())
                    .get(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new org.apache.kafka.common.errors.TimeoutException("assessment not acknowledged by the broker", ex);
        }
    }
}
