package org.complaintsuite.risk.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.escalation.EscalationScorer;
import org.complaintsuite.risk.proxy.ProxyScorer;

/** Scores a received complaint and publishes the assessment, waiting for the broker before the input counts as done. */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final EscalationScorer escalation = new EscalationScorer();
    private final ProxyScorer proxy = new ProxyScorer();
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;

    public AssessmentService(KafkaTemplate<String, Object> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    public ComplaintAssessed assess(ComplaintReceived complaint) {
        return new ComplaintAssessed(eventId(complaint), clock.instant(), complaint.complaintId(),
                escalation.assess(complaint), proxy.assess(complaint));
    }

    public void assessAndPublish(ComplaintReceived complaint) throws ExecutionException, InterruptedException {
        ComplaintAssessed assessed = assess(complaint);
        kafka.send(Topics.COMPLAINTS_ASSESSED, assessed.complaintId(), assessed).get();
        log.info("Complaint {} assessed: escalation {} ({}), proxy {} ({})", assessed.complaintId(),
                assessed.escalation().level(), assessed.escalation().score(), assessed.proxy().level(),
                assessed.proxy().score());
    }

    /** Derived from the input event, so that a redelivered complaint yields an assessment with the same id. */
    private static UUID eventId(ComplaintReceived complaint) {
        return UUID.nameUUIDFromBytes(("assessment:" + complaint.eventId()).getBytes(StandardCharsets.UTF_8));
    }
}
