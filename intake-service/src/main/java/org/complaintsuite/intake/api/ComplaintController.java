package org.complaintsuite.intake.api;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.chat.ChatNormalizer;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.phone.PhoneNormalizer;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorNormalizer;
import org.complaintsuite.intake.publish.ComplaintPublisher;
import org.complaintsuite.model.ComplaintReceived;

/** The call-center front end's way in: one endpoint per channel, each taking that channel's raw payload. */
@RestController
@RequestMapping(path = "/api/v1/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

    private final PhoneNormalizer phone;
    private final ChatNormalizer chat;
    private final RegulatorNormalizer regulator;
    private final ComplaintPublisher publisher;

    ComplaintController(PhoneNormalizer phone, ChatNormalizer chat, RegulatorNormalizer regulator,
            ComplaintPublisher publisher) {
        this.phone = phone;
        this.chat = chat;
        this.regulator = regulator;
        this.publisher = publisher;
    }

    /** 202 once the broker holds the complaint; the body names the complaint id to follow it by. */
    record Accepted(String complaintId) {
    }

    @PostMapping("/phone")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted phone(@Valid @RequestBody PhoneComplaint call) {
        return accept(phone.normalize(call));
    }

    @PostMapping("/chat")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted chat(@Valid @RequestBody ChatComplaint session) {
        return accept(chat.normalize(session));
    }

    @PostMapping("/regulator")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted regulator(@Valid @RequestBody RegulatorComplaint transfer) {
        return accept(regulator.normalize(transfer));
    }

    private Accepted accept(ComplaintReceived complaint) {
        publisher.publish(complaint);
        return new Accepted(complaint.complaintId());
    }
}
