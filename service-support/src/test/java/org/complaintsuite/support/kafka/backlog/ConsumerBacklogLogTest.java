package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The backlog line and gauge from the group offsets the broker reports (here set by the test between readings). */
class ConsumerBacklogLogTest {

    private static final GroupOffsets.Key RECEIVED = new GroupOffsets.Key("workflow-service", "complaints.received");

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final Map<GroupOffsets.Key, GroupOffsets.Position> offsets = new HashMap<>();
    private final ConsumerBacklogLog backlog = new ConsumerBacklogLog(() -> Map.copyOf(offsets), registry,
            new BacklogLogProperties(Duration.ofSeconds(10), 1000));

    @Test
    void aGroupFarBehindGetsALineWithItsLagRateAndTimeLeft() {
        offsets.put(RECEIVED, new GroupOffsets.Position(5_000, 65_000));
        backlog.report();

        offsets.put(RECEIVED, new GroupOffsets.Position(25_000, 65_000));

        assertThat(backlog.report()).containsExactly(
                "Consumer group workflow-service is 40,000 records behind on complaints.received, taking 2,000/s: "
                        + "about 20 s to go");
    }

    @Test
    void theLagIsAGaugePerGroupAndTopic() {
        offsets.put(RECEIVED, new GroupOffsets.Position(5_000, 65_000));
        backlog.report();

        assertThat(registry.get(ConsumerBacklogLog.LAG).tags("group", "workflow-service", "topic",
                "complaints.received").gauge().value()).isEqualTo(60_000);

        offsets.put(RECEIVED, new GroupOffsets.Position(65_000, 65_000));
        backlog.report();

        assertThat(registry.get(ConsumerBacklogLog.LAG).gauge().value()).isZero();
    }

    @Test
    void aGroupThatCaughtUpSaysSoOnceAndThenNothing() {
        offsets.put(RECEIVED, new GroupOffsets.Position(0, 5_000));
        backlog.report();
        offsets.put(RECEIVED, new GroupOffsets.Position(4_997, 5_000));

        assertThat(backlog.report()).containsExactly(
                "Consumer group workflow-service has caught up on complaints.received (3 records behind)");
        assertThat(backlog.report()).isEmpty();
    }

    @Test
    void aGroupBelowTheThresholdIsNotLogged() {
        offsets.put(RECEIVED, new GroupOffsets.Position(1, 1_000));

        assertThat(backlog.report()).isEmpty();
    }

    @Test
    void aGroupThatTakesNothingInIsSaidNotToMove() {
        offsets.put(RECEIVED, new GroupOffsets.Position(0, 5_000));
        backlog.report();

        assertThat(backlog.report()).containsExactly(
                "Consumer group workflow-service is 5,000 records behind on complaints.received, taking 0/s: "
                        + "not moving");
    }
}
