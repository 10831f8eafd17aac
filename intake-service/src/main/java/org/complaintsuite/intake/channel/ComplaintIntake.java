package org.complaintsuite.intake.channel;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
 * normalize, publish, and only then count it as accepted.
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
