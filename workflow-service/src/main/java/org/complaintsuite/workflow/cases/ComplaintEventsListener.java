package org.complaintsuite.workflow.cases;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;

/**
 * A case is opened as soon as the complaint is received, without waiting for its assessment: the SLA clocks run
 * from receipt, and a case must exist even while risk scoring is slow or down.
 */
@Component
class ComplaintEventsListener {

    private final CaseService cases;

    ComplaintEventsListener(CaseService cases) {
        this.cases = cases;
    }

    @KafkaListener(id = "workflow-received", topics = Topics.COMPLAINTS_RECEIVED, groupId = "${spring.application.name}",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ComplaintReceived")
    void onReceived(ComplaintReceived complaint) {
        cases.onReceived(complaint);
    }

    @KafkaListener(id = "workflow-assessed", topics = Topics.COMPLAINTS_ASSESSED, groupId = "${spring.application.name}",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ComplaintAssessed")
    void onAssessed(ComplaintAssessed assessed) {
        cases.onAssessed(assessed);
    }
}
