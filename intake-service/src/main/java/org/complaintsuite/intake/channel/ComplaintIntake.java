package org.complaintsuite.intake.channel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Service;

import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.chat.ChatNormalizer;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.phone.PhoneNormalizer;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorNormalizer;
import org.complaintsuite.intake.normalize.Conversations;
import org.complaintsuite.intake.publish.ComplaintPublisher;
import org.complaintsuite.intake.publish.ComplaintPublisher.Publication;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

/**
 * One way in for every channel, whether the complaint came over REST or from an upstream Kafka topic: validate,
 * normalize, tell a complaint from an ordinary contact ({@link ContactTriage}), publish, and only then count it as
 * accepted. A REST call is one complaint; a raw topic's poll is a batch, published together so that its records share
 * the producer's requests.
 */
@Service
public class ComplaintIntake {

    private final Validator validator;
    private final PhoneNormalizer phone;
    private final ChatNormalizer chat;
    private final RegulatorNormalizer regulator;
    private final ComplaintPublisher publisher;
    private final ContactTriage triage;

    public ComplaintIntake(Validator validator, PhoneNormalizer phone, ChatNormalizer chat,
            RegulatorNormalizer regulator, ComplaintPublisher publisher, ContactTriage triage) {
        this.validator = validator;
        this.phone = phone;
        this.chat = chat;
        this.regulator = regulator;
        this.publisher = publisher;
        this.triage = triage;
    }

    /**
     * What intake made of a call, chat or transfer.
     *
     * @param complaint whether it is a complaint (published to complaints.received); else an ordinary contact
     * @param id        the complaint's id, or the contact's
     */
    public record Accepted(boolean complaint, String id) {
    }

    public Accepted accept(PhoneComplaint call) {
        return publish(ofCall(valid(call)));
    }

    public Accepted accept(ChatComplaint session) {
        return publish(ofChat(valid(session)));
    }

    public Accepted accept(RegulatorComplaint transfer) {
        return publish(Publication.of(regulator.normalize(valid(transfer))));
    }

    /** A raw topic's batch of calls; see {@link #acceptAll}. */
    public void acceptCalls(List<PhoneComplaint> calls) {
        acceptAll(calls, call -> ofCall(valid(call)));
    }

    /** A raw topic's batch of chat sessions; see {@link #acceptAll}. */
    public void acceptSessions(List<ChatComplaint> sessions) {
        acceptAll(sessions, session -> ofChat(valid(session)));
    }

    /** A raw topic's batch of regulator transfers; see {@link #acceptAll}. */
    public void acceptTransfers(List<RegulatorComplaint> transfers) {
        acceptAll(transfers, transfer -> Publication.of(regulator.normalize(valid(transfer))));
    }

    private Publication ofCall(PhoneComplaint call) {
        ComplaintReceived normalized = phone.normalize(call);
        return triage.notComplaint(call, normalized)
                .map(reason -> Publication.of(new ContactReceived(normalized, Conversations.agentId(call.agentId()),
                        call.durationSeconds(), reason)))
                .orElseGet(() -> Publication.of(normalized));
    }

    private Publication ofChat(ChatComplaint session) {
        ComplaintReceived normalized = chat.normalize(session);
        return triage.notComplaint(session, normalized)
                .map(reason -> Publication.of(new ContactReceived(normalized, null, null, reason)))
                .orElseGet(() -> Publication.of(normalized));
    }

    /**
     * Normalizes a batch from a raw topic and publishes it whole, returning once the broker acknowledged every
     * complaint. The first payload that is invalid, or that the broker did not acknowledge, is named by its index in
     * a {@link BatchListenerFailedException}: those before it are on the topic, it goes to the dead-letter topic with
     * the reason (invalid) or is retried with those after it (not acknowledged, a transient cause).
     */
    private <T> void acceptAll(List<T> payloads, Function<T, Publication> normalize) {
        List<Publication> complaints = new ArrayList<>(payloads.size());
        RuntimeException invalid = null;
        for (T payload : payloads) {
            try {
                complaints.add(normalize.apply(payload));
            }
            catch (IllegalArgumentException | jakarta.validation.ValidationException ex) {
                invalid = ex;
                break;
            }
        }
        try {
            publisher.publishEach(complaints);
        }
        catch (ComplaintPublisher.NotAcknowledgedException ex) {
            throw new BatchListenerFailedException("Not acknowledged by the broker", ex.getCause(), ex.index());
        }
        if (invalid != null) {
            throw new BatchListenerFailedException(invalid.getMessage(), invalid, complaints.size());
        }
    }

    private Accepted publish(Publication publication) {
        if (publication.value() instanceof ContactReceived contact) {
            publisher.publishContact(contact);
            return new Accepted(false, contact.contactId());
        }
        publisher.publish(publication.normalized());
        return new Accepted(true, publication.normalized().complaintId());
    }

    /** The payload's bean-validation constraints, reported like REST's, field by field. */
    private <T> T valid(T payload) {
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            throw new InvalidInputException(errors);
        }
        return payload;
    }
}
