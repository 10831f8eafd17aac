package org.complaintsuite.risk.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.RingStore;
import org.complaintsuite.risk.review.ProxyReviewStore;

/** The latest assessment of a complaint with the reviews of its proxy flag, and the rings complaints form. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Each complaint's latest assessment, and the rings that link complaints")
class AssessmentController {

    private final AssessmentQueries queries;

    AssessmentController(AssessmentQueries queries) {
        this.queries = queries;
    }

    /**
     * The assessment as published on {@code complaints.assessed}, with the supervisors' reviews of the complaint's
     * proxy flag, oldest first.
     */
    record AssessmentView(UUID eventId, Instant occurredAt, String complaintId, RiskAssessment escalation,
            RiskAssessment proxy, List<ProxyReviewStore.Review> reviews) {

        static AssessmentView of(ComplaintAssessed assessed, List<ProxyReviewStore.Review> reviews) {
            return new AssessmentView(assessed.eventId(), assessed.occurredAt(), assessed.complaintId(),
                    assessed.escalation(), assessed.proxy(), reviews);
        }
    }

    @GetMapping("/assessments/{complaintId}")
    @Operation(summary = "The latest assessment of a complaint",
            description = "Escalation and proxy risk, each with its score, level and signals with their evidence, as "
                    + "last published on complaints.assessed; and the reviews of the complaint's proxy flag "
                    + "(CONFIRMED or DISMISSED, by whom, when and why). A complaint is assessed again when new "
                    + "evidence turns up (a ring grows, a flag is dismissed): this is always the latest.")
    @ApiResponse(responseCode = "200", description = "The latest assessment")
    @ApiResponse(responseCode = "404", description = "The complaint has not been assessed",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApiDocs.NOT_FOUND)))
    AssessmentView assessment(
            @Parameter(description = "The complaint's id, as intake gave it", example = "NFRA-GD-2025-004512")
            @PathVariable String complaintId) {
        AssessmentQueries.Assessed assessed = queries.assessment(complaintId);
        return AssessmentView.of(assessed.assessment(), assessed.reviews());
    }

    /** A ring with its members and the links between them. */
    record RingView(String clusterId, int complaints, int customers, List<String> members,
            List<RingStore.RingEdge> edges) {
    }

    @GetMapping("/clusters/{clusterId}")
    @Operation(summary = "A ring of linked complaints",
            description = "Complaints of different customers joined by suspicious links (an agent's shared contact, "
                    + "near-duplicate text): its size, its first members, and each link with its reason. The id is "
                    + "the one a RING signal's evidence names.")
    @ApiResponse(responseCode = "200", description = "The ring")
    @ApiResponse(responseCode = "404", description = "No such ring",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    RingView cluster(@Parameter(description = "The ring's id", example = "ring-NFRA-GD-2025-004512")
            @PathVariable String clusterId) {
        AssessmentQueries.Ring found = queries.ring(clusterId);
        LinkContext.Ring ring = found.ring();
        return new RingView(ring.clusterId(), ring.complaints(), ring.customers(), ring.memberIds(), found.edges());
    }
}
