package org.complaintsuite.risk.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.assessment.OutboxRelay;
import org.complaintsuite.risk.assessment.ReassessmentLane;

/**
 * Takes in supervisors' reviews of proxy flags, in a consumer group of its own (a burst of complaints does not hold
 * up a review), publishes what was committed and wakes the re-assessment lane for the customer's other complaints the
 * review queued. A record that cannot be processed goes to {@code cases.proxy-reviews-dlt} through the shared error
 * handler.
 */
@Component
class ProxyReviewListener {

    private static final Logger log = LoggerFactory.getLogger(ProxyReviewListener.class);

    private final ProxyReviewService reviews;
    private final ReassessmentLane reassessments;
    private final OutboxRelay relay;

    ProxyReviewListener(ProxyReviewService reviews, ReassessmentLane reassessments, OutboxRelay relay) {
        this.reviews = reviews;
        this.reassessments = reassessments;
        this.relay = relay;
    }

    @KafkaListener(id = "risk-proxy-reviews", topics = Topics.PROXY_REVIEWS, concurrency = "1",
            groupId = "${spring.application.name}-proxy-reviews",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ProxyFlagReviewed")
    void onReviewed(ProxyFlagReviewed review) {
        ProxyReviewService.Outcome outcome = reviews.apply(review);
        reassessments.wake();
        relay.publishPending();
        if (!outcome.recorded()) {
            log.info("Proxy review {} of complaint {} was taken in before", review.eventId(), review.complaintId());
            return;
        }
        log.info("Proxy flag of complaint {} {} by {}{}", review.complaintId(), review.decision(), review.reviewer(),
                outcome.reassessed().map(a -> "; proxy now " + a.proxy().level() + " (" + a.proxy().score() + ")")
                        .orElse(""));
    }
}
