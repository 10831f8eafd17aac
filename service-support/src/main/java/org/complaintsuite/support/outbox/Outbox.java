package org.complaintsuite.support.outbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Relays an outbox to Kafka in bounded batches. Each batch is one database transaction: claim up to
 * {@code batchSize} entries (locked, so several instances relay side by side without sending a row at the same
 * time), publish them all at once, and mark them published once the broker has them. The transaction waits for the
 * broker once per batch, never once per row. A failure anywhere leaves the whole batch in the outbox for the next
 * run; a crash after the broker took a batch and before its mark committed publishes that batch again, which is why
 * at-least-once consumers must be idempotent (the exactly-once publisher recognises such a batch instead).
 */
public final class Outbox<I> {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final String name;
    private final OutboxStore<I> store;
    private final OutboxPublisher<I> publisher;
    private final TransactionOperations transactions;
    private final int batchSize;

    /** @param name what the outbox holds, for the log ("assessments", "SLA alerts") */
    public Outbox(String name, OutboxStore<I> store, OutboxPublisher<I> publisher, TransactionOperations transactions,
            int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.name = name;
        this.store = store;
        this.publisher = publisher;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /** Publishes batch after batch until one comes back short of full; returns how many entries were published. */
    public int publishPending() {
        int published = 0;
        int batch;
        do {
            batch = publishBatch();
            published += batch;
        }
        while (batch == batchSize);
        return published;
    }

    /**
     * For a schedule: publishes what is pending, logging what was published and what failed (left for the next run)
     * instead of throwing.
     */
    public void publishPendingQuietly() {
        try {
            int published = publishPending();
            if (published > 0) {
                log.info("Relayed {} {} from the outbox", published, name);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Relaying the {} outbox failed, will try again: {}", name, ex.toString());
        }
    }

    /** Publishes one batch in one database transaction; returns its size. */
    int publishBatch() {
        Integer published = transactions.execute(status -> {
            List<OutboxEntry<I>> batch = store.claim(batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            publisher.publish(batch);
            store.published(batch.stream().map(OutboxEntry::id).toList());
            return batch.size();
        });
        return published == null ? 0 : published;
    }
}
