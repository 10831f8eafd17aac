package org.complaintsuite.workflow.quality;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.model.Topics;

/** The quality check's findings, to the agents' supervisors. */
@Component
class QualityFindingListener {

    private final QualityFindingService findings;

    QualityFindingListener(QualityFindingService findings) {
        this.findings = findings;
    }

    @KafkaListener(id = "workflow-quality-findings", topics = Topics.QUALITY_FINDINGS, concurrency = "1",
            groupId = "${spring.application.name}-quality",
            properties = "spring.json.value.default.type=org.complaintsuite.model.QualityFindings")
    void onFindings(QualityFindings event) {
        findings.receive(event);
    }
}
