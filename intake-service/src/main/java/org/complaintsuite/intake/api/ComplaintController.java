package org.complaintsuite.intake.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
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

    /**
     * 202 once the broker holds it; the body names the complaint id to follow it by, or, for a call or chat that is an
     * ordinary contact and not a complaint (intake.contacts.divert), the contact's id.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Accepted(String kind, @Nullable String complaintId, @Nullable String contactId) {

        static Accepted of(ComplaintIntake.Accepted accepted) {
            return accepted.complaint() ? new Accepted("COMPLAINT", accepted.id(), null)
                    : new Accepted("CONTACT", null, accepted.id());
        }
    }

    @PostMapping("/phone")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted phone(@RequestBody PhoneComplaint call) {
        return Accepted.of(intake.accept(call));
    }

    @PostMapping("/chat")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted chat(@RequestBody ChatComplaint session) {
        return Accepted.of(intake.accept(session));
    }

    @PostMapping("/regulator")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted regulator(@RequestBody RegulatorComplaint transfer) {
        return Accepted.of(intake.accept(transfer));
    }
}
