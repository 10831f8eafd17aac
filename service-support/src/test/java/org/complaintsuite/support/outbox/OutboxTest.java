package org.complaintsuite.support.outbox;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {

    /** An outbox in memory: claims the oldest unmarked entries, remembers what was marked. */
    private static final class Entries implements OutboxStore<Integer> {

        final List<Integer> waiting = new ArrayList<>();
        final List<Integer> marked = new ArrayList<>();

        Entries(int count) {
            for (int i = 1; i <= count; i++) {
                waiting.add(i);
            }
        }

        @Override
        public List<OutboxEntry<Integer>> claim(int limit) {
            return waiting.stream().limit(limit)
                    .map(id -> new OutboxEntry<Integer>(id, "topic", "key-" + id, "event " + id)).toList();
        }

        @Override
        public void published(List<Integer> ids) {
            marked.addAll(ids);
            waiting.removeAll(ids);
        }
    }

    private static final class Broker implements OutboxPublisher<Integer> {

        final List<List<Integer>> batches = new ArrayList<>();
        int failures;

        @Override
        public void publish(List<OutboxEntry<Integer>> batch) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("broker away");
            }
            batches.add(batch.stream().map(OutboxEntry::id).toList());
        }
    }

    private final Broker broker = new Broker();

    private Outbox<Integer> outbox(Entries entries, int batchSize) {
        return new Outbox<>("events", entries, broker, TransactionOperations.withoutTransaction(), batchSize);
    }

    @Test
    void batchesArePublishedUntilOneComesBackShortOfFull() {
        var entries = new Entries(250);

        int published = outbox(entries, 100).publishPending();

        assertThat(published).isEqualTo(250);
        assertThat(broker.batches).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(entries.waiting).isEmpty();
    }

    @Test
    void aFullLastBatchIsFollowedByAnEmptyClaimThatPublishesNothing() {
        var entries = new Entries(100);

        assertThat(outbox(entries, 50).publishPending()).isEqualTo(100);
        assertThat(broker.batches).hasSize(2);
    }

    @Test
    void entriesArePublishedOldestFirstAndMarkedOnlyOnceTheBrokerHasThem() {
        var entries = new Entries(3);

        outbox(entries, 10).publishPending();

        assertThat(broker.batches).containsExactly(List.of(1, 2, 3));
        assertThat(entries.marked).containsExactly(1, 2, 3);
    }

    @Test
    void aBatchTheBrokerDidNotTakeStaysInTheOutboxUnmarked() {
        var entries = new Entries(3);
        broker.failures = 1;

        assertThatThrownBy(() -> outbox(entries, 10).publishPending()).hasMessage("broker away");

        assertThat(entries.marked).isEmpty();
        assertThat(entries.waiting).containsExactly(1, 2, 3);
    }

    @Test
    void aScheduledRunThatFailedLeavesTheBatchForTheNextRun() {
        var entries = new Entries(3);
        broker.failures = 1;
        Outbox<Integer> outbox = outbox(entries, 10);

        outbox.publishPendingQuietly();
        assertThat(entries.waiting).hasSize(3);
        outbox.publishPendingQuietly();

        assertThat(entries.waiting).isEmpty();
        assertThat(broker.batches).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> outbox(new Entries(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
