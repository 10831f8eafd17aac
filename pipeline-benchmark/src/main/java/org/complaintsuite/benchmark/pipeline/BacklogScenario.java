package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.complaintsuite.model.Topics;

/**
 * Scenario 4, backlog replay: many complaints put on a topic as fast as one producer goes, far faster than the
 * services consume them (as after an outage), then the drain rate of each consumer group and the time until every
 * complaint is assessed on its case. On {@code complaints.received} the events are built from common-model's records
 * ({@link ReceivedEvents}); on {@code complaints.raw.phone} they are raw calls and go through intake too.
 */
final class BacklogScenario {

    /** What was produced, each group's drain, and where the complaints got to. */
    record Result(String topic, TopicWriter.Written produced, List<DrainRate> drains, Completion completion) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(BacklogScenario.class);
    private static final String TAG = "BL";
    /** The pipeline's topics in the order a complaint passes them. */
    private static final List<String> PIPELINE = List.of(Topics.RAW_PHONE, Topics.COMPLAINTS_RECEIVED,
            Topics.COMPLAINTS_ASSESSED);

    private final Suite suite;
    private final PayloadSerializer serializer;

    BacklogScenario(Suite suite, PayloadSerializer serializer) {
        this.suite = suite;
        this.serializer = serializer;
    }

    Result run() throws Exception {
        int count = suite.options().intValue("backlog");
        boolean raw = suite.options().get("backlog-topic").equals("raw");
        String topic = raw ? Topics.RAW_PHONE : Topics.COMPLAINTS_RECEIVED;
        suite.sampling().phase("backlog: fill");
        Thread.sleep(1_100);
        CompletionTracker tracker = suite.tracker(TAG);
        LOG.info("putting {} complaints on {}", Format.count(count), topic);
        Instant fillStart = Instant.now();
        TopicWriter.Written produced;
        try (TopicWriter writer = new TopicWriter(suite.bootstrapServers())) {
            produced = writer.writeAll(count, index -> {
                Instant now = Instant.now();
                PhoneCall call = suite.calls().ordinary(TAG, index, now);
                tracker.sent(call.callId(), now);
                if (raw) {
                    return new ProducerRecord<>(topic, call.callId(), serializer.bytes(call));
                }
                String complaintId = ReceivedEvents.complaintId(call.callId());
                return new ProducerRecord<>(topic, complaintId, serializer.bytes(ReceivedEvents.of(call, now)));
            });
        }
        Instant fillEnd = Instant.now();
        LOG.info("produced {} ({}); draining", Format.count(produced.acknowledged()), Format.rate(produced.rate()));
        suite.sampling().phase("backlog: drain");
        tracker.awaitAll(suite.drainTimeout());
        suite.awaitIdle();
        tracker.refresh();
        suite.complaintsCsv().append("backlog", tracker);
        suite.sampling().phase("idle");
        Completion completion = Completion.of(tracker.complaints());
        LOG.info("backlog: {} assessed on their case, end to end {}", Format.count(completion.assessed()),
                Format.rate(completion.assessedRate()));
        return new Result(topic, produced, drains(topic, fillStart, fillEnd), completion);
    }

    /**
     * Each group's drain of each pipeline topic from the backlog's topic on. A topic further down is fed while the
     * one before it drains, so its producer counts as finished only when every group before it had drained.
     */
    private List<DrainRate> drains(String topic, Instant fillStart, Instant fillEnd) {
        List<LagSample> samples = suite.lag().samples();
        List<DrainRate> drains = new ArrayList<>();
        Instant fedUntil = fillEnd;
        for (String stage : PIPELINE.subList(PIPELINE.indexOf(topic), PIPELINE.size())) {
            Instant stageEnd = fedUntil;
            for (Map.Entry<String, List<String>> group : LagSampler.GROUPS.entrySet()) {
                if (!group.getValue().contains(stage)) {
                    continue;
                }
                var drain = DrainRate.of(samples, group.getKey(), stage, fillStart, fedUntil);
                drain.ifPresent(drains::add);
                Instant drainedAt = drain.map(DrainRate::drainedAt).orElse(null);
                if (drainedAt != null && drainedAt.isAfter(stageEnd)) {
                    stageEnd = drainedAt;
                }
            }
            fedUntil = stageEnd;
        }
        return drains;
    }
}
