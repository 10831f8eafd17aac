package org.complaintsuite.risk.assessment;

import java.util.concurrent.ExecutionException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;

@Component
class ComplaintReceivedListener {

    private final AssessmentService assessments;

    ComplaintReceivedListener(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @KafkaListener(topics = Topics.COMPLAINTS_RECEIVED, groupId = "${spring.application.name}")
    void onReceived(ComplaintReceived complaint) throws ExecutionException, InterruptedException {
        assessments.assessAndPublish(complaint);
    }
}
