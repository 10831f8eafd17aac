package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog line from meters named and tagged as the Kafka clients' metrics are registered (spring-kafka's
 * MicrometerConsumerListener): lag per partition, records consumed per topic.
 */
class ConsumerBacklogLogTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong lagPartition0 = new AtomicLong();
    private final AtomicLong lagPartition1 = new AtomicLong();
    private final AtomicLong consumed = new AtomicLong();
    private final ConsumerBacklogLog backlog = new ConsumerBacklogLog(registry,
            new BacklogLogProperties(Duration.ofSeconds(10), 1000));

    ConsumerBacklogLogTest() {
        lag(lagPartition0, "0");
        lag(lagPartition1, "1");
        FunctionCounter.builder(ConsumerBacklogLog.CONSUMED, consumed, AtomicLong::get)
                .tags("client.id", "consumer-1", "spring.id", "workflow-received-0", "topic", "complaints.received")
                .register(registry);
        // the consumer's total over all topics carries no topic tag and is not counted twice
        FunctionCounter.builder(ConsumerBacklogLog.CONSUMED, consumed, AtomicLong::get)
                .tags("client.id", "consumer-1", "spring.id", "workflow-received-0").register(registry);
    }

    @Test
    void aListenerFarBehindGetsALineWithItsLagRateAndTimeLeftSummedOverItsPartitions() {
        consumed.set(5_000);
        lagPartition0.set(30_000);
        lagPartition1.set(30_000);
        backlog.report();

        consumed.set(25_000);
        lagPartition0.set(20_000);
        lagPartition1.set(20_000);

        assertThat(backlog.report()).containsExactly(
                "Listener workflow-received-0 is 40,000 records behind on complaints.received, taking 2,000/s: "
                        + "about 20 s to go");
    }

    @Test
    void aListenerThatCaughtUpSaysSoOnceAndThenNothing() {
        lagPartition0.set(5_000);
        backlog.report();
        lagPartition0.set(3);

        assertThat(backlog.report()).containsExactly(
                "Listener workflow-received-0 has caught up on complaints.received (3 records behind)");
        assertThat(backlog.report()).isEmpty();
    }

    @Test
    void aListenerBelowTheThresholdIsNotLogged() {
        lagPartition0.set(999);

        assertThat(backlog.report()).isEmpty();
    }

    @Test
    void aListenerThatTakesNothingInIsSaidNotToMove() {
        lagPartition0.set(5_000);
        backlog.report();

        assertThat(backlog.report()).containsExactly(
                "Listener workflow-received-0 is 5,000 records behind on complaints.received, taking 0/s: not moving");
    }

    private void lag(AtomicLong value, String partition) {
        Gauge.builder(ConsumerBacklogLog.LAG, value, AtomicLong::get)
                .tags("client.id", "consumer-1", "spring.id", "workflow-received-0", "topic", "complaints.received",
                        "partition", partition)
                .register(registry);
    }
}
