package org.complaintsuite.intake.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.IntakeProperties;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.ServiceUnavailableException;

/**
 * Puts normalized complaints on {@link Topics#COMPLAINTS_RECEIVED} (and ordinary contacts on
 * {@link Topics#CONTACTS_RECEIVED}) and returns only once the broker has acknowledged them (acks=all, idempotent producer): a caller told "accepted" can rely on the complaint becoming a
 * case. When the broker does not acknowledge in time the caller is told to retry; the retry is safe because the
 * complaint id is derived from the external reference.
 * <p>
 * The record key is the customer key ({@link #key}): every complaint of one customer lands on one partition, so each
 * consumer sees a customer's complaints, and each complaint's records, in the order they were published. Many callers
 * waiting at once share the producer's batches (a few milliseconds of {@code linger.ms}), and a raw-topic batch is
 * sent whole before its acknowledgements are awaited ({@link #publishAll}).
 * <p>
 * While the {@link BrokerProbe} finds the broker away, the caller is told so at once instead of after the producer's
 * timeouts: a call center agent waiting on the line learns within a second that the complaint must be sent again.
 * The refusal's cause is a retriable Kafka exception, so a raw-topic listener retries the record instead of
 * dead-lettering it.
 */
@Component
public class ComplaintPublisher {

    private static final Logger log = LoggerFactory.getLogger(ComplaintPublisher.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;
    private final BooleanSupplier brokerReachable;

    @Autowired
    public ComplaintPublisher(KafkaTemplate<String, Object> kafka, IntakeProperties properties, BrokerProbe probe) {
        this(kafka, properties, probe::reachable);
    }

    /** For tests that replace the publishing: the broker counts as reachable. */
    protected ComplaintPublisher(KafkaTemplate<String, Object> kafka, IntakeProperties properties) {
        this(kafka, properties, () -> true);
    }

    private ComplaintPublisher(KafkaTemplate<String, Object> kafka, IntakeProperties properties,
            BooleanSupplier brokerReachable) {
        this.kafka = kafka;
        this.timeout = properties.publishTimeout();
        this.brokerReachable = brokerReachable;
    }

    /** The partition key of a complaint: its customer's key, which keeps a customer's complaints in order. */
    public static String key(ComplaintReceived complaint) {
        return complaint.customer() == null ? complaint.complaintId() : complaint.customer().customerKey();
    }

    /**
     * Publishes one complaint and waits for its acknowledgement.
     *
     * @throws ServiceUnavailableException when the broker did not acknowledge it in time
     */
    public void publish(ComplaintReceived complaint) {
        publishOne(Publication.of(complaint));
    }

    /**
     * Publishes one ordinary contact and waits for its acknowledgement.
     *
     * @throws ServiceUnavailableException when the broker did not acknowledge it in time
     */
    public void publishContact(ContactReceived contact) {
        publishOne(Publication.of(contact));
    }

    private void publishOne(Publication publication) {
        try {
            publishEach(List.of(publication));
        }
        catch (NotAcknowledgedException ex) {
            throw ex.getCause();
        }
    }

    /** Sends every complaint; see {@link #publishEach}. */
    public void publishAll(List<ComplaintReceived> complaints) {
        publishEach(complaints.stream().map(Publication::of).toList());
    }

    /**
     * Sends every complaint and contact, then waits for each acknowledgement within the publish timeout.
     *
     * @throws NotAcknowledgedException naming the first one the broker did not acknowledge (those before it are on
     *                                  their topics)
     */
    public void publishEach(List<Publication> complaints) {
        if (complaints.isEmpty()) {
            return;
        }
        if (!brokerReachable.getAsBoolean()) {
            throw new NotAcknowledgedException(0, unavailable(new org.apache.kafka.common.errors.TimeoutException(
                    "the broker did not answer the last probe")));
        }
        List<CompletableFuture<SendResult<String, Object>>> sent = new ArrayList<>(complaints.size());
        for (int i = 0; i < complaints.size(); i++) {
            try {
                Publication publication = complaints.get(i);
                sent.add(kafka.send(publication.topic(), publication.key(), publication.value()));
            }
            catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException ex) {
                // the template throws Spring's KafkaException when the producer cannot even get the topic's metadata
                awaitAll(complaints, sent);
                throw new NotAcknowledgedException(i, unavailable(ex));
            }
        }
        awaitAll(complaints, sent);
    }

    private void awaitAll(List<Publication> complaints, List<CompletableFuture<SendResult<String, Object>>> sent) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < sent.size(); i++) {
            try {
                var metadata = sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                        .getRecordMetadata();
                ComplaintReceived complaint = complaints.get(i).normalized();
                log.info("{} {} ({} {}) published to {} partition {} offset {}", complaints.get(i).what(),
                        complaint.complaintId(), complaint.channel(), complaint.source(), metadata.topic(),
                        metadata.partition(), metadata.offset());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new NotAcknowledgedException(i, unavailable(ex));
            }
            catch (ExecutionException | TimeoutException ex) {
                throw new NotAcknowledgedException(i, unavailable(ex));
            }
        }
    }

    private static ServiceUnavailableException unavailable(Exception cause) {
        return new ServiceUnavailableException("The complaint could not be handed to the message broker.",
                RETRY_AFTER, cause);
    }

    /**
     * What is put on a topic: a complaint, or an ordinary contact, keyed by its customer.
     *
     * @param normalized the complaint, or the contact's normalized content
     */
    public record Publication(String topic, String what, ComplaintReceived normalized, Object value) {

        public static Publication of(ComplaintReceived complaint) {
            return new Publication(Topics.COMPLAINTS_RECEIVED, "Complaint", complaint, complaint);
        }

        public static Publication of(ContactReceived contact) {
            return new Publication(Topics.CONTACTS_RECEIVED, "Contact", contact.contact(), contact);
        }

        String key() {
            return ComplaintPublisher.key(normalized);
        }
    }

    /**
     * The broker did not acknowledge the complaint at {@link #index()} of those published together (the publishing is
     * a {@link ServiceUnavailableException}, the cause of this one).
     */
    public static final class NotAcknowledgedException extends RuntimeException {

        private final int index;

        NotAcknowledgedException(int index, ServiceUnavailableException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }

        @Override
        public synchronized ServiceUnavailableException getCause() {
            return (ServiceUnavailableException) super.getCause();
        }
    }
}
