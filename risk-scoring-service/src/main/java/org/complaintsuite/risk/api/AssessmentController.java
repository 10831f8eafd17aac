package org.complaintsuite.risk.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.risk.assessment.AssessmentStore;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.support.NotFoundException;

/** The latest assessment of a complaint, and the rings complaints form, each with its evidence. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentController {

    private final AssessmentStore assessments;
    private final LinkStore links;

    AssessmentController(AssessmentStore assessments, LinkStore links) {
        this.assessments = assessments;
        this.links = links;
    }

    @GetMapping("/assessments/{complaintId}")
    ComplaintAssessed assessment(@PathVariable String complaintId) {
        return assessments.find(complaintId)
                .orElseThrow(() -> new NotFoundException("No assessment for complaint " + complaintId + "."));
    }

    /** A ring with its members and the links between them. */
    record RingView(String clusterId, int complaints, int customers, java.util.List<String> members,
            java.util.List<LinkStore.RingEdge> edges) {
    }

    @GetMapping("/clusters/{clusterId}")
    RingView cluster(@PathVariable String clusterId) {
        LinkContext.Ring ring = links.ringById(clusterId);
        if (ring == null) {
            throw new NotFoundException("No ring " + clusterId + ".");
        }
        return new RingView(ring.clusterId(), ring.complaints(), ring.customers(), ring.memberIds(),
                links.edges(clusterId));
    }
}
