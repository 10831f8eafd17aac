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
import org.complaintsuite.intake.publish.ComplaintPublisher;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

/**
 * One way in for every channel, whether the complaint came over REST or from an upstream Kafka topic: validate,
 * normalize, publish, and only then count it as accepted. A REST call is one complaint; a raw topic's poll is a batch,
 * published together so that its records share the producer's requests.
 */
@Service
public class ComplaintIntake {

    private final Validator validator;
    private final PhoneNormalizer phone;
    private final ChatNormalizer chat;
    private final RegulatorNormalizer regulator;
    private final ComplaintPublisher publisher;

    public ComplaintIntake(Validator validator, PhoneNormalizer phone, ChatNormalizer chat,
            RegulatorNormalizer regulator, ComplaintPublisher publisher) {
        this.validator = validator;
        this.phone = phone;
        this.chat = chat;
        this.regulator = regulator;
        this.publisher = publisher;
    }

    public ComplaintReceived accept(PhoneComplaint call) {
        return publish(phone.normalize(valid(call)));
    }

    public ComplaintReceived accept(ChatComplaint session) {
        return publish(chat.normalize(valid(session)));
    }

    public ComplaintReceived accept(RegulatorComplaint transfer) {
        return publish(regulator.normalize(valid(transfer)));
    }

    /** A raw topic's batch of calls; see {@link #acceptAll}. */
    public void acceptCalls(List<PhoneComplaint> calls) {
        acceptAll(calls, call -> phone.normalize(valid(call)));
    }

    /** A raw topic's batch of chat sessions; see {@link #acceptAll}. */
    public void acceptSessions(List<ChatComplaint> sessions) {
        acceptAll(sessions, session -> chat.normalize(valid(session)));
    }

    /** A raw topic's batch of regulator transfers; see {@link #acceptAll}. */
    public void acceptTransfers(List<RegulatorComplaint> transfers) {
        acceptAll(transfers, transfer -> regulator.normalize(valid(transfer)));
    }

    /**
     * Normalizes a batch from a raw topic and publishes it whole, returning once the broker acknowledged every
     * complaint. The first payload that is invalid, or that the broker did not acknowledge, is named by its index in
     * a {@link BatchListenerFailedException}: those before it are on the topic, it goes to the dead-letter topic with
     * the reason (invalid) or is retried with those after it (not acknowledged, a transient cause).
     */
    private <T> void acceptAll(List<T> payloads, Function<T, ComplaintReceived> normalize) {
        List<ComplaintReceived> complaints = new ArrayList<>(payloads.size());
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
            publisher.publishAll(complaints);
        }
        catch (ComplaintPublisher.NotAcknowledgedException ex) {
            throw new BatchListenerFailedException("Not acknowledged by the broker", ex.getCause(), ex.index());
        }
        if (invalid != null) {
            throw new BatchListenerFailedException(invalid.getMessage(), invalid, complaints.size());
        }
    }

    private ComplaintReceived publish(ComplaintReceived complaint) {
        publisher.publish(complaint);
        return complaint;
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
