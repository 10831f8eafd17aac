package org.complaintsuite.intake.publish;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.IntakeProperties;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.ServiceUnavailableException;

/**
 * Puts a normalized complaint on {@link Topics#COMPLAINTS_RECEIVED} and returns only once the broker has
 * acknowledged it (acks=all, idempotent producer): a caller told "accepted" can rely on the complaint becoming a
 * case. When the broker does not acknowledge in time the caller is told to retry; the retry is safe because the
 * complaint id is derived from the external reference.
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

    public void publish(ComplaintReceived complaint) {
        if (!brokerReachable.getAsBoolean()) {
            throw unavailable(new org.apache.kafka.common.errors.TimeoutException(
                    "the broker did not answer the last probe"));
        }
        try {
            var result = kafka.send(Topics.COMPLAINTS_RECEIVED, complaint.complaintId(), complaint)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Complaint {} ({} {}) published to partition {} offset {}", complaint.complaintId(),
                    complaint.channel(), complaint.source(), result.getRecordMetadata().partition(),
                    result.getRecordMetadata().offset());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw unavailable(ex);
        }
        catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException
                | org.springframework.kafka.KafkaException ex) {
            // the template throws Spring's KafkaException when the producer cannot even get the topic's metadata
            throw unavailable(ex);
        }
    }

    private static ServiceUnavailableException unavailable(Exception cause) {
        return new ServiceUnavailableException("The complaint could not be handed to the message broker.",
                RETRY_AFTER, cause);
    }
}
