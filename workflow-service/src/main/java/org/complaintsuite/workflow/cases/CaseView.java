package org.complaintsuite.workflow.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * A case as the REST API shows it.
 *
 * @param escalation the escalation risk, or null while the complaint awaits its assessment
 * @param proxy      the proxy risk, or null while the complaint awaits its assessment
 */
public record CaseView(
        String complaintId,
        Channel channel,
        ComplaintSource source,
        String externalReference,
        CaseStatus status,
        SpecialistGroup group,
        String routingReason,
        Instant receivedAt,
        Instant firstContactDueAt,
        @Nullable Risk escalation,
        @Nullable Risk proxy,
        @Nullable Instant assessedAt,
        long version) {

    public record Risk(int score, RiskLevel level) {
    }

    static CaseView of(ComplaintCase complaintCase, @Nullable RiskAssessmentRecord assessment) {
        return new CaseView(complaintCase.getComplaintId(), complaintCase.getChannel(), complaintCase.getSource(),
                complaintCase.getExternalReference(), complaintCase.getStatus(), complaintCase.getGroup(),
                complaintCase.getRoutingReason(), complaintCase.getReceivedAt(), complaintCase.getFirstContactDueAt(),
                assessment == null ? null : new Risk(assessment.getEscalationScore(), assessment.getEscalationLevel()),
                assessment == null ? null : new Risk(assessment.getProxyScore(), assessment.getProxyLevel()),
                assessment == null ? null : assessment.getAssessedAt(), complaintCase.getVersion());
    }
}
