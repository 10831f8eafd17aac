package org.complaintsuite.workflow.quality;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.workflow.quality.AgentFinding.RosterEntry;
import org.complaintsuite.workflow.quality.AgentFinding.Verdict;

/**
 * The quality findings for supervisors (and operations, who read them), their reviews, and the agent roster that
 * says whose supervisor gets them.
 */
@RestController
@Validated
class QualityFindingController {

    private final QualityFindingService findings;

    QualityFindingController(QualityFindingService findings) {
        this.findings = findings;
    }

    record ReviewRequest(@NotNull Verdict verdict, @Nullable @Size(max = 2000) String note) {
    }

    record RosterRequest(@NotBlank @Size(max = 64) String supervisor) {
    }

    /** Newest first; {@code unreviewed=true} for those still to be reviewed, and of one agent or category if asked. */
    @GetMapping(path = "/api/v1/quality-findings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AgentFinding> list(@RequestParam(defaultValue = "false") boolean unreviewed,
            @RequestParam(required = false) @Nullable @Size(max = 64) String agentId,
            @RequestParam(required = false) QualityFinding.@Nullable Category category,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Authentication user) {
        return findings.page(new AgentFinding.Query(unreviewed, agentId, category, page, size), user.getName());
    }

    @GetMapping(path = "/api/v1/quality-findings/{findingId}", produces = MediaType.APPLICATION_JSON_VALUE)
    AgentFinding get(@PathVariable UUID findingId, Authentication user) {
        return findings.get(findingId, user.getName());
    }

    @PostMapping(path = "/api/v1/quality-findings/{findingId}/review", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AgentFinding review(@PathVariable UUID findingId, @Valid @RequestBody ReviewRequest request,
            Authentication user) {
        return findings.review(findingId, request.verdict(), request.note(), user.getName());
    }

    @GetMapping(path = "/api/v1/agents", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RosterEntry> roster() {
        return findings.roster();
    }

    @PutMapping(path = "/api/v1/agents/{agentId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RosterEntry putOnRoster(@PathVariable @Size(max = 64) String agentId, @Valid @RequestBody RosterRequest request,
            Authentication user) {
        return findings.putOnRoster(agentId.strip(), request.supervisor().strip(), user.getName());
    }

    @DeleteMapping("/api/v1/agents/{agentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeFromRoster(@PathVariable String agentId, Authentication user) {
        findings.removeFromRoster(agentId, user.getName());
    }
}
