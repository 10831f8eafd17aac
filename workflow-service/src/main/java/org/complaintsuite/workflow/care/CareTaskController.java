package org.complaintsuite.workflow.care;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.workflow.care.CareTask.Decision;
import org.complaintsuite.workflow.care.CareTask.Outcome;

/**
 * The proactive group's care tasks (roles AGENT and SUPERVISOR): the queue, one task, the reviewer's decision and the
 * outcome. A decision or outcome the task's state does not allow is 409.
 */
@RestController
@RequestMapping(path = "/api/v1/care-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class CareTaskController {

    private final CareTaskService tasks;

    CareTaskController(CareTaskService tasks) {
        this.tasks = tasks;
    }

    record FeedbackRequest(@NotNull Decision decision, @Nullable @Size(max = 2000) String note) {
    }

    record OutcomeRequest(@NotNull Outcome outcome, @Nullable @Size(max = 2000) String note) {
    }

    /** Tasks not closed, the next clock due first. */
    @GetMapping
    List<CareTask> queue(Authentication user) {
        return tasks.queue(user.getName());
    }

    @GetMapping("/{contactId}")
    CareTask get(@PathVariable String contactId, Authentication user) {
        return tasks.get(contactId, user.getName());
    }

    @PostMapping(path = "/{contactId}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    CareTask feedback(@PathVariable String contactId, @Valid @RequestBody FeedbackRequest request,
            Authentication user) {
        return tasks.feedback(contactId, request.decision(), request.note(), user.getName());
    }

    @PostMapping(path = "/{contactId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    CareTask outcome(@PathVariable String contactId, @Valid @RequestBody OutcomeRequest request, Authentication user) {
        return tasks.outcome(contactId, request.outcome(), request.note(), user.getName());
    }
}
