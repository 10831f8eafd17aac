package org.complaintsuite.workflow.care;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The customer's ordinary contacts linked to a complaint, for the case's page (the roles of the case API). */
@RestController
class LinkedContactsController {

    private final CareTaskService tasks;

    LinkedContactsController(CareTaskService tasks) {
        this.tasks = tasks;
    }

    /** The latest first; empty when none is linked (or the complaint is unknown). */
    @GetMapping(path = "/api/v1/cases/{complaintId}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LinkedContact> linkedContacts(@PathVariable String complaintId, Authentication user) {
        return tasks.linkedContacts(complaintId, user.getName());
    }
}
