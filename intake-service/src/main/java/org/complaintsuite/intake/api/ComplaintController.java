package org.complaintsuite.intake.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.intake.channel.ComplaintIntake;
import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;

/**
 * The call-center front end's way in: one endpoint per channel, each taking that channel's raw payload. Validation
 * happens in {@link ComplaintIntake}, the same for REST and the raw Kafka topics.
 */
@RestController
@RequestMapping(path = "/api/v1/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

    private final ComplaintIntake intake;

    ComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    /** 202 once the broker holds the complaint; the body names the complaint id to follow it by. */
    record Accepted(String complaintId) {
    }

    @PostMapping("/phone")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted phone(@RequestBody PhoneComplaint call) {
        return new Accepted(intake.accept(call).complaintId());
    }

    @PostMapping("/chat")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted chat(@RequestBody ChatComplaint session) {
        return new Accepted(intake.accept(session).complaintId());
    }

    @PostMapping("/regulator")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted regulator(@RequestBody RegulatorComplaint transfer) {
        return new Accepted(intake.accept(transfer).complaintId());
    }
}
