package org.complaintsuite.risk.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;

/**
 * Scores each received complaint, re-assesses the earlier complaints it queued, then publishes what was committed. If publishing fails the record is
 * retried: scoring it again changes nothing (same evidence, same assessment) and the relay publishes the outbox.
 */
@Component
class ComplaintReceivedListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReceivedListener.class);

    private final AssessmentService assessments;
    private final ReassessmentRelay reassessments;
    private final OutboxRelay relay;

    ComplaintReceivedListener(AssessmentService assessments, ReassessmentRelay reassessments, OutboxRelay relay) {
        this.assessments = assessments;
        this.reassessments = reassessments;
        this.relay = relay;
    }

    @KafkaListener(topics = Topics.COMPLAINTS_RECEIVED, groupId = "${spring.application.name}")
    void onReceived(ComplaintReceived complaint) {
        var changed = assessments.process(complaint);
        int reassessed = reassessments.drain();
        relay.publishPending();
        for (ComplaintAssessed assessed : changed) {
            log.info("Complaint {} assessed: escalation {} ({}), proxy {} ({}); {} earlier complaint(s) re-assessed",
                    assessed.complaintId(), assessed.escalation().level(), assessed.escalation().score(),
                    assessed.proxy().level(), assessed.proxy().score(), reassessed);
        }
    }
}
