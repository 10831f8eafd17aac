package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.complaintsuite.model.Topics;

/**
 * Reads the suite's consumer groups' lag with Kafka's AdminClient: the committed offsets of each group
 * ({@code listConsumerGroupOffsets}) against the log-end offsets ({@code listOffsets} latest). A partition of a
 * watched topic on which the group has committed nothing yet counts from its earliest offset, as the services read
 * from the earliest ({@code auto-offset-reset: earliest}).
 */
final class LagSampler implements Sampler {

    /** The groups the report follows, with the topics of the pipeline each consumes. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "intake-service", List.of(Topics.RAW_PHONE),
            "risk-scoring-service", List.of(Topics.COMPLAINTS_RECEIVED),
            "workflow-service", List.of(Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_ASSESSED));

    private final Admin admin;
    private final List<LagSample> samples = new ArrayList<>();

    LagSampler(Admin admin) {
        this.admin = admin;
    }

    @Override
    public void sample(Instant at, String phase) throws Exception {
        List<LagSample> taken = new ArrayList<>();
        for (var group : GROUPS.entrySet()) {
            taken.addAll(read(at, phase, group.getKey(), group.getValue()));
        }
        synchronized (samples) {
            samples.addAll(taken);
        }
    }

    List<LagSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The latest reading of every watched group and topic (empty before the first). */
    List<LagSample> latest() {
        Map<String, LagSample> latest = new HashMap<>();
        for (LagSample sample : samples()) {
            latest.put(sample.group() + " " + sample.topic(), sample);
        }
        return List.copyOf(latest.values());
    }

    private List<LagSample> read(Instant at, String phase, String group, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = partitionsOf(topics);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
        List<LagSample> taken = new ArrayList<>();
        for (String topic : topics) {
            long committedSum = 0;
            long endSum = 0;
            for (TopicPartition partition : partitions) {
                if (partition.topic().equals(topic)) {
                    OffsetAndMetadata offset = committed.get(partition);
                    committedSum += offset != null ? offset.offset() : starts.get(partition).offset();
                    endSum += ends.get(partition).offset();
                }
            }
            taken.add(new LagSample(at, phase, group, topic, committedSum, endSum));
        }
        return taken;
    }

    private Set<TopicPartition> partitionsOf(List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                .get(5, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = new HashSet<>();
        descriptions.forEach((topic, description) -> description.partitions()
                .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
        return partitions;
    }

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions,
            OffsetSpec spec) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(5, TimeUnit.SECONDS);
    }
}
