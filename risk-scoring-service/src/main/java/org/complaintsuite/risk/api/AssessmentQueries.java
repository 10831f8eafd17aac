package org.complaintsuite.risk.api;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.risk.assessment.AssessmentStore;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.RingStore;
import org.complaintsuite.risk.review.ProxyReviewStore;
import org.complaintsuite.support.NotFoundException;

/** What agents and supervisors read of risk scoring: a complaint's latest assessment and its reviews, a ring. */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

    private final AssessmentStore assessments;
    private final ProxyReviewStore reviews;
    private final RingStore rings;

    AssessmentQueries(AssessmentStore assessments, ProxyReviewStore reviews, RingStore rings) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.rings = rings;
    }

    /** The latest assessment as published, with the reviews of the proxy flag, oldest first. */
    public record Assessed(ComplaintAssessed assessment, List<ProxyReviewStore.Review> reviews) {
    }

    /** A ring with the links between its members. */
    public record Ring(LinkContext.Ring ring, List<RingStore.RingEdge> edges) {
    }

    public Assessed assessment(String complaintId) {
        ComplaintAssessed assessed = assessments.find(complaintId)
                .orElseThrow(() -> new NotFoundException("No assessment for complaint " + complaintId + "."));
        return new Assessed(assessed, reviews.ofComplaint(complaintId));
    }

    public Ring ring(String clusterId) {
        LinkContext.Ring ring = rings.ringById(clusterId);
        if (ring == null) {
            throw new NotFoundException("No ring " + clusterId + ".");
        }
        return new Ring(ring, rings.edges(clusterId));
    }
}
