package org.complaintsuite.workflow.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The personal-data access log, for supervisors (PIPL: access to personal data is auditable). */
@RestController
@Validated
@Tag(name = "Audit", description = "Who read which case's personal data, when (supervisors)")
class AuditController {

    private final PersonalDataAudit audit;

    AuditController(PersonalDataAudit audit) {
        this.audit = audit;
    }

    @Operation(summary = "The personal-data reads of one case, newest first")
    @GetMapping(path = "/api/v1/cases/{complaintId}/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PersonalDataAccessLog.Access> ofCase(@PathVariable String complaintId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(PersonalDataAccessLog.MAX_PAGE_SIZE) int size) {
        return audit.ofCase(complaintId, page, size);
    }

    @Operation(summary = "Personal-data reads by user, case and time, newest first")
    @GetMapping(path = "/api/v1/audit/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PersonalDataAccessLog.Access> find(@RequestParam(required = false) @Size(max = 64) @Nullable String actor,
            @RequestParam(required = false) @Size(max = 64) @Nullable String complaintId,
            @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(PersonalDataAccessLog.MAX_PAGE_SIZE) int size) {
        return audit.find(actor, complaintId, from, to, page, size);
    }
}
