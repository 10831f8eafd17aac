package org.complaintsuite.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.common.errors.RetriableException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AcknowledgedPublisherTest {

    @SuppressWarnings("unchecked")
    private final KafkaOperations<String, Object> kafka = mock(KafkaOperations.class);

    private static final List<OutboxEntry<Long>> BATCH = List.of(
            new OutboxEntry<>(1L, "complaints.assessed", "c-1", "first"),
            new OutboxEntry<>(2L, "complaints.assessed", "c-2", "second"));

    @Test
    void theWholeBatchIsSentWithItsKeysAndAcknowledgedOnce() {
        when(kafka.send(anyString(), anyString(), any())).thenReturn(acknowledged());

        assertThatCode(() -> new AcknowledgedPublisher<Long>(kafka, Duration.ofSeconds(1)).publish(BATCH))
                .doesNotThrowAnyException();

        var order = inOrder(kafka);
        order.verify(kafka).send("complaints.assessed", "c-1", "first");
        order.verify(kafka).send("complaints.assessed", "c-2", "second");
    }

    @Test
    void aBatchTheBrokerDoesNotAcknowledgeInTimeFailsSoThatAListenerRetriesIt() {
        when(kafka.send(anyString(), anyString(), any())).thenReturn(acknowledged(), new CompletableFuture<>());

        assertThatThrownBy(() -> new AcknowledgedPublisher<Long>(kafka, Duration.ofMillis(50)).publish(BATCH))
                .isInstanceOf(RetriableException.class).hasMessageContaining("not acknowledged");
    }

    @Test
    void aSendTheBrokerRefusedFailsTheBatch() {
        when(kafka.send(anyString(), anyString(), any()))
                .thenReturn(acknowledged(), CompletableFuture.failedFuture(new IllegalStateException("refused")));

        assertThatThrownBy(() -> new AcknowledgedPublisher<Long>(kafka, Duration.ofSeconds(1)).publish(BATCH))
                .isInstanceOf(RetriableException.class).hasRootCauseMessage("refused");
    }

    private static CompletableFuture<SendResult<String, Object>> acknowledged() {
        return CompletableFuture.completedFuture(null);
    }
}
