package org.complaintsuite.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.errors.TimeoutException;
import org.springframework.kafka.core.KafkaOperations;

/**
 * At least once: sends the whole batch with the service's {@code KafkaTemplate} (an idempotent producer with
 * {@code acks=all}), then waits once for all of it to be acknowledged. For consumers that keep the newest event or
 * recognise one they had by its event id.
 */
public final class AcknowledgedPublisher<I> implements OutboxPublisher<I> {

    private final KafkaOperations<String, Object> kafka;
    private final Duration ackTimeout;

    /** @param ackTimeout the most one batch waits for the broker's acknowledgements */
    public AcknowledgedPublisher(KafkaOperations<String, Object> kafka, Duration ackTimeout) {
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
    }

    /** @throws TimeoutException (retriable) when the broker did not acknowledge all of the batch in time */
    @Override
    public void publish(List<OutboxEntry<I>> batch) {
        CompletableFuture<?>[] sends = batch.stream()
                .map(entry -> kafka.send(entry.topic(), entry.key(), entry.value()))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the outbox", ex);
        }
        catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
            throw new TimeoutException("outbox batch of " + batch.size() + " not acknowledged by the broker", ex);
        }
    }
}
