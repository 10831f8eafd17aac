package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.complaintsuite.model.Topics;

/**
 * Scenario 2, raw-topic intake: as many raw phone payloads as a REST step carried, produced to
 * {@code complaints.raw.phone} as fast as one producer goes ({@code acks=all}, keyed by call id as a telephony platform
 * would), then followed to their cases and assessments like the REST ones.
 */
final class RawTopicScenario {

    /** What was produced, and where the complaints got to. */
    record Result(TopicWriter.Written produced, Completion completion) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RawTopicScenario.class);
    private static final String TAG = "RAW";

    private final Suite suite;
    private final PayloadSerializer serializer;

    RawTopicScenario(Suite suite, PayloadSerializer serializer) {
        this.suite = suite;
        this.serializer = serializer;
    }

    /** The default count: what the first REST rate's run sends. */
    static long defaultCount(BenchmarkOptions options) {
        int given = options.intValue("raw-count");
        if (given > 0) {
            return given;
        }
        return Math.round(options.rates().getFirst() * options.intValue("duration"));
    }

    Result run() throws Exception {
        long count = defaultCount(suite.options());
        suite.sampling().phase("raw topic");
        CompletionTracker tracker = suite.tracker(TAG);
        LOG.info("producing {} raw phone payloads to {}", Format.count(count), Topics.RAW_PHONE);
        TopicWriter.Written produced;
        try (TopicWriter writer = new TopicWriter(suite.bootstrapServers())) {
            produced = writer.writeAll(count, index -> {
                Instant now = Instant.now();
                PhoneCall call = suite.calls().ordinary(TAG, index, now);
                tracker.sent(call.callId(), now);
                return new ProducerRecord<>(Topics.RAW_PHONE, call.callId(), serializer.bytes(call));
            });
        }
        LOG.info("produced {} ({}); following them to their cases", Format.count(produced.acknowledged()),
                Format.rate(produced.rate()));
        suite.sampling().phase("raw topic (drain)");
        tracker.awaitAll(suite.drainTimeout());
        suite.awaitIdle();
        tracker.refresh();
        suite.sampling().phase("idle");
        suite.complaintsCsv().append("raw topic", tracker);
        Completion completion = Completion.of(tracker.complaints());
        LOG.info("raw topic: {} assessed on their case, end to end {}", Format.count(completion.assessed()),
                Format.rate(completion.assessedRate()));
        return new Result(produced, completion);
    }
}
