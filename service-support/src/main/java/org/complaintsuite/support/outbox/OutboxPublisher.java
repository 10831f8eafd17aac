package org.complaintsuite.support.outbox;

import java.util.List;

/** How a batch of outbox entries reaches Kafka; the guarantee an outbox gives is its publisher's. */
public interface OutboxPublisher<I> {

    /**
     * Publishes the batch, returning only once the broker has it all.
     *
     * @throws RuntimeException when the broker did not take all of it: the batch stays in the outbox
     */
    void publish(List<OutboxEntry<I>> batch);
}
