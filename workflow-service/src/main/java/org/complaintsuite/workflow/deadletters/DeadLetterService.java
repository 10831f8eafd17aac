package org.complaintsuite.workflow.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.CustomerKeyKind;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.support.text.IdNumbers;
import org.complaintsuite.support.text.StorableText;
import org.complaintsuite.support.web.PageBounds;
import org.complaintsuite.workflow.cases.AssessmentFailures;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.inbox.InboxService;

/**
 * Stores every dead letter once and, for a complaint risk scoring gave up on, marks the case "assessment failed" and
 * alerts operations, all in one transaction; lists dead letters and replays one, once.
 */
@Service
public class DeadLetterService {

    /** The inbox alert kind of a complaint left unscored. */
    public static final String ASSESSMENT_FAILED = "ASSESSMENT_FAILED";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterService.class);

    private final DeadLetterStore store;
    private final CaseService cases;
    private final InboxService inbox;
    private final DeadLetterReplayer replayer;
    private final DeadLetterProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter assessmentsFailed;

    DeadLetterService(DeadLetterStore store, CaseService cases, InboxService inbox, DeadLetterReplayer replayer,
            DeadLetterProperties properties, JsonMapper json, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.cases = cases;
        this.inbox = inbox;
        this.replayer = replayer;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.assessmentsFailed = Counter.builder("workflow.assessments.failed")
                .description("Complaints whose risk scoring was dead-lettered").register(registry);
    }

    /** Stores a record read from a dead-letter topic; one read before (same topic, partition, offset) changes nothing. */
    @Transactional
    public void receive(ConsumerRecord<String, byte[]> record) {
        DeadLetterStore.Received letter = letter(record);
        Optional<Long> stored = store.insert(letter, clock.instant());
        if (stored.isEmpty()) {
            log.debug("Dead letter {}-{}@{} stored before", record.topic(), record.partition(), record.offset());
            return;
        }
        long id = stored.get();
        log.warn("Dead letter {} stored: {} from {} ({}: {})", id, letter.topic(), letter.consumerGroup(),
                letter.exceptionCauseClass(), record.key());
        if (Topics.COMPLAINTS_RECEIVED.equals(letter.topic())
                && properties.scoringGroup().equals(letter.consumerGroup())) {
            String complaintId = complaintId(record);
            if (complaintId != null) {
                failAssessment(complaintId, letter, id);
            }
        }
    }

    private void failAssessment(String complaintId, DeadLetterStore.Received letter, long deadLetterId) {
        String cause = simpleName(letter.exceptionCauseClass() != null ? letter.exceptionCauseClass()
                : letter.exceptionClass());
        var failure = new AssessmentFailures.Failure(cause, clock.instant(), deadLetterId);
        if (!cases.assessmentFailed(complaintId, failure)) {
            return;
        }
        assessmentsFailed.increment();
        inbox.alertOperations(UUID.nameUUIDFromBytes(("assessment-failed:" + deadLetterId)
                        .getBytes(StandardCharsets.UTF_8)), ASSESSMENT_FAILED, complaintId,
                "Risk scoring gave up on complaint " + complaintId + " (" + cause + "); dead letter " + deadLetterId
                        + " can be replayed once the cause is fixed");
    }

    @Transactional(readOnly = true)
    public DeadLetter.Page page(@Nullable String topic, @Nullable Boolean pending, int page, int size) {
        PageBounds.check(page, size, properties.maxPageSize());
        String topicOrNull = topic == null || topic.isBlank() ? null : topic.strip();
        long total = store.count(topicOrNull, pending);
        return new DeadLetter.Page(store.page(topicOrNull, pending, page, size), page, size, total,
                (int) ((total + size - 1) / size));
    }

    @Transactional(readOnly = true)
    public List<DeadLetter.TopicCount> topics() {
        return store.topics();
    }

    @Transactional(readOnly = true)
    public DeadLetter get(long id) {
        return store.find(id, ReadableValue::of).orElseThrow(() -> new NotFoundException("No dead letter " + id + "."));
    }

    /**
     * Sends the dead letter's record back to the topic it was consumed from, with its key, once: the replay is
     * recorded in the transaction that waits for the broker's acknowledgement, so a failed send leaves it pending,
     * and a second replay is refused (409). The consumers are idempotent on the complaint id, so a record that had
     * in fact been processed elsewhere changes nothing.
     */
    @Transactional
    public DeadLetter replay(long id, String by) {
        DeadLetterStore.Original original = store.claimReplay(id, by, clock.instant()).orElseThrow(() -> {
            DeadLetter letter = get(id);
            return new ConflictException("Dead letter " + id + " was replayed at " + letter.replayedAt() + " by "
                    + letter.replayedBy() + "; a record that fails again comes back as a new dead letter.");
        });
        replayer.send(original);
        log.info("Dead letter {} replayed to {} by {}", id, original.topic(), by);
        return get(id);
    }

    private DeadLetterStore.Received letter(ConsumerRecord<String, byte[]> record) {
        String originalTopic = text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String topic = originalTopic != null ? originalTopic
                : record.topic().endsWith("-dlt") ? record.topic().substring(0, record.topic().length() - 4)
                : record.topic();
        String message = text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        return new DeadLetterStore.Received(record.topic(), record.partition(), record.offset(), topic,
                number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION) instanceof Long partition
                        ? Integer.valueOf(partition.intValue()) : null,
                number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET), text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                record.key() == null ? null : StorableText.of(record.key()), record.value(),
                text(record, KafkaHeaders.DLT_EXCEPTION_FQCN), text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN),
                message == null ? null : IdNumbers.maskAll(message));
    }

    /** The complaint a record of {@code complaints.received} is about: its key, else the value's complaint id. */
    /**
     * The complaint the dead letter is about: the {@code complaintId} of its value; else its key, if that is not a
     * customer key ({@code complaints.received} is keyed by customer, records published before that by complaint id).
     */
    private @Nullable String complaintId(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode complaintId = record.value() == null ? null : json.readTree(record.value()).get("complaintId");
            if (complaintId != null && complaintId.isString()) {
                return complaintId.asString();
            }
        }
        catch (RuntimeException ex) {
            // not JSON: only the key can tell
        }
        String key = record.key();
        return key == null || key.isBlank() || CustomerKeyKind.of(key).isPresent() ? null : key;
    }

    private static @Nullable String text(ConsumerRecord<?, ?> record, String header) {
        Header value = record.headers().lastHeader(header);
        return value == null || value.value() == null ? null
                : StorableText.of(new String(value.value(), StandardCharsets.UTF_8));
    }

    private static @Nullable Long number(ConsumerRecord<?, ?> record, String header) {
        Header value = record.headers().lastHeader(header);
        if (value == null || value.value() == null) {
            return null;
        }
        return switch (value.value().length) {
            case 4 -> (long) ByteBuffer.wrap(value.value()).getInt();
            case 8 -> ByteBuffer.wrap(value.value()).getLong();
            default -> null;
        };
    }

    private static String simpleName(@Nullable String className) {
        return className == null ? "unknown cause" : className.substring(className.lastIndexOf('.') + 1);
    }
}
