package org.complaintsuite.risk.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.links.RingStore;
import org.complaintsuite.risk.proxy.ProxyVerdicts.Scope;
import org.complaintsuite.risk.proxy.VerdictStore;

/**
 * Takes in a supervisor's review of a proxy flag, in one transaction: records it, puts it in force for the customer
 * in the complaint's ring (or on the complaint, when it is in no ring), assesses the complaint again (the outbox then
 * carries the new assessment to workflow) and queues the customer's other complaints in the ring to be assessed
 * again. A redelivered review changes nothing.
 */
@Service
public class ProxyReviewService {

    private static final Logger log = LoggerFactory.getLogger(ProxyReviewService.class);

    private final ProxyReviewStore reviews;
    private final VerdictStore verdicts;
    private final LinkStore links;
    private final RingStore rings;
    private final AssessmentService assessments;
    private final Clock clock;

    public ProxyReviewService(ProxyReviewStore reviews, VerdictStore verdicts, LinkStore links,
            RingStore rings, AssessmentService assessments, Clock clock) {
        this.reviews = reviews;
        this.verdicts = verdicts;
        this.links = links;
        this.rings = rings;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * @param recorded    whether the review is new (not a redelivery)
     * @param reassessed  the complaint's new assessment, if the review changed it (and so it is in the outbox)
     */
    public record Outcome(boolean recorded, Optional<ComplaintAssessed> reassessed) {
    }

    @Transactional
    public Outcome apply(ProxyFlagReviewed review) {
        ProxyReviews.requireComplete(review);
        if (!reviews.record(review, clock.instant())) {
            return new Outcome(false, Optional.empty());
        }
        Optional<ComplaintReceived> complaint = links.find(review.complaintId());
        if (complaint.isEmpty()) {
            // workflow only reviews flags risk scoring raised; keep the review, there is nothing to score again
            log.warn("Proxy review {} is about complaint {}, which risk scoring has not scored", review.eventId(),
                    review.complaintId());
            return new Outcome(true, Optional.empty());
        }
        // the customer as the link store keys the complaint's links: that is whom the verdict must clear
        String customerKey = complaint.get().customer().customerKey();
        LinkStore.Stored stored = assessments.lock(complaint.get());
        LinkContext.Ring ring = rings.ring(review.complaintId());
        if (ring == null) {
            verdicts.decide(customerKey, Scope.COMPLAINT, review.complaintId(), review);
        }
        else if (verdicts.decide(customerKey, Scope.RING, ring.clusterId(), review)) {
            List<String> others = rings.complaintsOfCustomerInRing(ring.clusterId(), customerKey).stream()
                    .filter(id -> !id.equals(review.complaintId())).toList();
            links.queueReassessment(others, review.complaintId(), clock.instant());
        }
        return new Outcome(true, assessments.reassessLocked(stored));
    }
}
