package org.complaintsuite.workflow.cases;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisors' commands (the roles are checked by the security configuration; an extension may be requested by
 * an agent). Each answers the case as it now is, with its new ETag, like the agents' commands.
 */
@RestController
@RequestMapping(path = "/api/v1/cases/{complaintId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Supervision", description = "Transfers, proxy-flag reviews, merges and regulator deadline extensions")
class SupervisorController {

    private final SupervisionService supervision;
    private final CaseResponses responses;

    SupervisorController(SupervisionService supervision, CaseResponses responses) {
        this.supervision = supervision;
        this.responses = responses;
    }

    @Operation(summary = "Move the case to another specialist group (the router no longer moves it)")
    @PostMapping("/transfer")
    ResponseEntity<CaseView> transfer(@PathVariable String complaintId,
            @Valid @RequestBody SupervisorCommands.Transfer body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return responses.changed(supervision.transfer(complaintId, ExpectedVersion.of(ifMatch, body, true),
                body.group(), body.reason().strip(), user.getName()), user);
    }

    @Operation(summary = "Confirm or dismiss the proxy (代理维权) flag; a dismissal is sent to risk scoring")
    @PostMapping("/proxy-review")
    ResponseEntity<CaseView> reviewProxy(@PathVariable String complaintId,
            @Valid @RequestBody SupervisorCommands.ProxyReview body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return responses.changed(supervision.reviewProxy(complaintId, ExpectedVersion.of(ifMatch, body, true),
                body.decision(), body.reason().strip(), user.getName()), user);
    }

    @Operation(summary = "Merge this repeat into the customer's other case: this one closes as its duplicate, the "
            + "earliest clocks apply to the other")
    @PostMapping("/merge")
    ResponseEntity<CaseView> merge(@PathVariable String complaintId, @Valid @RequestBody SupervisorCommands.Merge body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return responses.changed(supervision.merge(complaintId, ExpectedVersion.of(ifMatch, body, true),
                body.into().strip(), body.reason().strip(), user.getName()), user);
    }

    @Operation(summary = "Request the regulator deadline's extension to 30, then 60 days from receipt (Order No. 3)")
    @PostMapping("/regulator-extension")
    ResponseEntity<CaseView> requestExtension(@PathVariable String complaintId,
            @Valid @RequestBody SupervisorCommands.ExtensionRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return responses.changed(supervision.requestExtension(complaintId, ExpectedVersion.of(ifMatch, body, true),
                body.days(), body.reason().strip(), user.getName()), user);
    }

    @Operation(summary = "Approve or reject the pending extension request (a supervisor other than the requester)")
    @PostMapping("/regulator-extension/approval")
    ResponseEntity<CaseView> decideExtension(@PathVariable String complaintId,
            @Valid @RequestBody SupervisorCommands.ExtensionDecision body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication user) {
        return responses.changed(supervision.decideExtension(complaintId, ExpectedVersion.of(ifMatch, body, true),
                body.approved(), body.reason().strip(), user.getName()), user);
    }
}
