package org.complaintsuite.workflow.cases;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.support.security.Role;

/**
 * The agents' API: the queue, a case with its timeline, and one sub-resource per command. A command answers the
 * case as it now is, with its new ETag. Who acts is the authenticated user, never a field of the request.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseController {

    private final CaseService cases;
    private final CaseResponses responses;

    CaseController(CaseService cases, CaseResponses responses) {
        this.cases = cases;
        this.responses = responses;
    }

    @GetMapping
    CaseSummary.Page queue(@Valid CaseQueue.Filter filter) {
        return cases.queue(filter);
    }

    /** The case with its complaint, complainant, signals and links; the read is recorded (personal data). */
    @GetMapping("/{complaintId}")
    ResponseEntity<CaseView> get(@PathVariable String complaintId, Authentication user) {
        return responses.read(cases.get(complaintId), user);
    }

    @GetMapping("/{complaintId}/timeline")
    List<CaseTimeline.Entry> timeline(@PathVariable String complaintId) {
        return cases.timeline(complaintId);
    }

    /**
     * An agent takes a case for themselves; giving it to someone else, or taking it from another agent, is a
     * supervisor's decision.
     */
    @PostMapping("/{complaintId}/assignment")
    ResponseEntity<CaseView> assign(@PathVariable String complaintId, @Valid @RequestBody CaseCommands.Assignment body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                cases.assignment(body.assignee().strip(), user.getName(), hasRole(user, Role.SUPERVISOR)));
    }

    @PostMapping("/{complaintId}/contacts")
    ResponseEntity<CaseView> contact(@PathVariable String complaintId, @Valid @RequestBody CaseCommands.Contact body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user, kase -> kase.lifecycle().contacted(body.at(),
                body.method(), body.outcome().strip(), user.getName(), cases.rules(), cases.now()));
    }

    /** A note changes nothing of the case's state, so it may be added without a version. */
    @PostMapping("/{complaintId}/notes")
    ResponseEntity<CaseView> note(@PathVariable String complaintId, @Valid @RequestBody CaseCommands.Note body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, false, user,
                kase -> kase.lifecycle().note(body.text().strip(), user.getName(), cases.now()));
    }

    @PostMapping("/{complaintId}/pause")
    ResponseEntity<CaseView> pause(@PathVariable String complaintId, @Valid @RequestBody CaseCommands.Pause body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                kase -> kase.lifecycle().pause(body.reason().strip(), user.getName(), cases.rules(), cases.now()));
    }

    @PostMapping("/{complaintId}/resumption")
    ResponseEntity<CaseView> resume(@PathVariable String complaintId,
            @Valid @RequestBody(required = false) CaseCommands.@Nullable Resumption body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                kase -> kase.lifecycle().resume(user.getName(), cases.rules(), cases.now()));
    }

    @PostMapping("/{complaintId}/resolution")
    ResponseEntity<CaseView> resolve(@PathVariable String complaintId,
            @Valid @RequestBody CaseCommands.Resolution body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user, kase -> kase.lifecycle().resolve(body.outcome().strip(),
                body.reason(), user.getName(), cases.rules(), cases.now()));
    }

    @PostMapping("/{complaintId}/closure")
    ResponseEntity<CaseView> close(@PathVariable String complaintId,
            @Valid @RequestBody(required = false) CaseCommands.@Nullable Closure body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                kase -> kase.lifecycle().close(user.getName(), cases.rules(), cases.now()));
    }

    @PostMapping("/{complaintId}/withdrawal")
    ResponseEntity<CaseView> withdraw(@PathVariable String complaintId,
            @Valid @RequestBody CaseCommands.Withdrawal body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                kase -> kase.lifecycle().withdraw(body.reason().strip(), user.getName(), cases.rules(), cases.now()));
    }

    @PostMapping("/{complaintId}/reopening")
    ResponseEntity<CaseView> reopen(@PathVariable String complaintId, @Valid @RequestBody CaseCommands.Reopening body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                kase -> kase.lifecycle().reopen(body.reason().strip(), user.getName(), cases.rules(), cases.now()));
    }

    @PostMapping("/{complaintId}/satisfaction")
    ResponseEntity<CaseView> satisfaction(@PathVariable String complaintId,
            @Valid @RequestBody CaseCommands.SatisfactionAnswer body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return change(complaintId, ifMatch, body, true, user,
                kase -> kase.lifecycle().satisfaction(body.satisfaction(), user.getName(), cases.rules(), cases.now()));
    }

    private ResponseEntity<CaseView> change(String complaintId, @Nullable String ifMatch,
            CaseCommands.@Nullable Versioned body, boolean versionRequired, Authentication user,
            Consumer<ComplaintCase> command) {
        Long version = ExpectedVersion.of(ifMatch, body, versionRequired);
        return responses.changed(cases.change(complaintId, version, command), user);
    }

    private static boolean hasRole(Authentication user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> Objects.equals(a.getAuthority(), role.authority()));
    }
}
