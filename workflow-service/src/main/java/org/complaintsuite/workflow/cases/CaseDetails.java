package org.complaintsuite.workflow.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.workflow.content.CaseContent;
import org.complaintsuite.workflow.content.CaseContentStore;
import org.complaintsuite.workflow.risk.AssessmentSignals;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.supervision.ProxyReviews;
import org.complaintsuite.workflow.supervision.RegulatorExtensions;

/**
 * What a case shows beside its own state, kept in tables of their own: the complaint's content and complainant, the
 * assessment's signals, the supervisors' reviews and extensions, the related cases; and the proxy level a case is
 * worked on, which a supervisor's dismissal of the flag lowers.
 */
@Component
class CaseDetails {

    private final CaseContentStore content;
    private final AssessmentSignals signals;
    private final RiskAssessmentRepository assessments;
    private final ProxyReviews reviews;
    private final RegulatorExtensions extensions;
    private final RelatedCases related;
    private final AssessmentFailures failures;

    CaseDetails(CaseContentStore content, AssessmentSignals signals, RiskAssessmentRepository assessments,
            ProxyReviews reviews, RegulatorExtensions extensions, RelatedCases related, AssessmentFailures failures) {
        this.failures = failures;
        this.content = content;
        this.signals = signals;
        this.assessments = assessments;
        this.reviews = reviews;
        this.extensions = extensions;
        this.related = related;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void contentReceived(List<ComplaintReceived> complaints) {
        content.saveAll(complaints);
    }

    Map<String, CaseContent.MaskedCustomer> maskedCustomers(Collection<String> complaintIds) {
        return content.maskedCustomers(complaintIds);
    }

    CaseView.Details of(ComplaintCase c) {
        String id = c.getComplaintId();
        RiskAssessmentRecord assessment = assessments.findById(id).orElse(null);
        AssessmentSignals.Signals assessed = assessment == null ? null : signals.of(assessment);
        String ringId = assessment == null ? null : assessment.getRingId();
        return new CaseView.Details(assessment, assessed, reviews.latest(id).orElse(null),
                content.find(id).orElse(null), ringId == null ? null : new CaseView.Ring(ringId, signals.ringSize(ringId)),
                related.of(c, ringId), c.getChannel() == Channel.REGULATOR ? extensions.state(id) : null,
                failures.find(id).orElse(null));
    }
}
