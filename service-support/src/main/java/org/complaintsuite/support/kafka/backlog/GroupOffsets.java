package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each consumer group of the service has read, as the broker knows it: per group and topic, the committed
 * offsets and the ends of the partitions it has committed on, each summed. This is consumer lag as operators mean it
 * (what is not yet processed). The clients' own {@code records-lag} metric counts from the fetch position instead,
 * and a consumer that has fetched a whole backlog into its buffers reports almost none while thousands of records
 * wait to be processed.
 */
public final class GroupOffsets implements Supplier<Map<GroupOffsets.Key, GroupOffsets.Position>>, AutoCloseable {

    /** One group's consumption of one topic. */
    public record Key(String group, String topic) {
    }

    /** Committed offsets and partition ends of one group on one topic, each summed over the partitions. */
    public record Position(long committed, long end) {

        public long lag() {
            return Math.max(0, end - committed);
        }

        Position plus(Position other) {
            return new Position(committed + other.committed, end + other.end);
        }
    }

    private final Admin admin;
    private final Supplier<Collection<String>> groups;
    private final Duration timeout;

    /**
     * @param groups  the groups to read (the service's listeners' groups; asked again at every reading)
     * @param timeout how long one reading may take
     */
    public GroupOffsets(Admin admin, Supplier<Collection<String>> groups, Duration timeout) {
        this.admin = admin;
        this.groups = groups;
        this.timeout = timeout;
    }

    @Override
    public Map<Key, Position> get() {
        Map<Key, Position> positions = new HashMap<>();
        for (String group : groups.get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = await(
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            committed.values().removeIf(offset -> offset == null);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, ListOffsetsResultInfo> ends = await(admin.listOffsets(committed.keySet().stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()))).all());
            committed.forEach((partition, offset) -> {
                ListOffsetsResultInfo end = ends.get(partition);
                if (end != null) {
                    positions.merge(new Key(group, partition.topic()), new Position(offset.offset(), end.offset()),
                            Position::plus);
                }
            });
        }
        return positions;
    }

    /** Closes the admin client. */
    @Override
    public void close() {
        admin.close(timeout);
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading consumer group offsets", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not read consumer group offsets: " + ex, ex);
        }
    }
}
