package org.complaintsuite.workflow.cases;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.sla.SlaClocks;
import org.complaintsuite.workflow.sla.SlaProperties;

/**
 * Keeps cases in step with the complaint events. Both handlers are idempotent: a complaint delivered again changes
 * nothing, and an assessment is applied only if it is newer than the one held.
 */
@Service
public class CaseService {

    private static final Logger log = LoggerFactory.getLogger(CaseService.class);

    private final ComplaintCaseRepository cases;
    private final ComplaintLocks locks;
    private final RiskAssessmentRepository assessments;
    private final SlaClocks clocks;
    private final Router router = new Router();
    private final Clock clock;

    CaseService(ComplaintCaseRepository cases, ComplaintLocks locks, RiskAssessmentRepository assessments,
            SlaProperties sla, Clock clock) {
        this.cases = cases;
        this.locks = locks;
        this.assessments = assessments;
        this.clocks = new SlaClocks(sla.firstContact());
        this.clock = clock;
    }

    @Transactional
    public void onReceived(ComplaintReceived complaint) {
        locks.lock(complaint.complaintId());
        if (cases.existsById(complaint.complaintId())) {
            log.debug("Complaint {} already has a case; redelivery ignored", complaint.complaintId());
            return;
        }
        RiskAssessmentRecord assessment = assessments.findById(complaint.complaintId()).orElse(null);
        var opened = ComplaintCase.open(complaint, clocks, route(complaint.source(), assessment), clock.instant());
        cases.save(opened);
        log.info("Case {} opened ({} {}), group {}, first contact due {}", opened.getComplaintId(),
                opened.getChannel(), opened.getSource(), opened.getGroup(), opened.getFirstContactDueAt());
    }

    @Transactional
    public void onAssessed(ComplaintAssessed assessed) {
        locks.lock(assessed.complaintId());
        Optional<RiskAssessmentRecord> held = assessments.findById(assessed.complaintId());
        RiskAssessmentRecord current;
        if (held.isEmpty()) {
            current = assessments.save(RiskAssessmentRecord.of(assessed));
        }
        else if (held.get().supersedeWith(assessed)) {
            current = held.get();
        }
        else {
            log.debug("Assessment {} of complaint {} is not newer than the one held; ignored", assessed.eventId(),
                    assessed.complaintId());
            return;
        }
        cases.findById(assessed.complaintId()).ifPresent(complaintCase -> {
            if (complaintCase.routeTo(route(complaintCase.getSource(), current), clock.instant())) {
                log.info("Case {} routed to {} ({})", complaintCase.getComplaintId(), complaintCase.getGroup(),
                        complaintCase.getRoutingReason());
            }
        });
    }

    @Transactional(readOnly = true)
    public CaseView get(String complaintId) {
        ComplaintCase complaintCase = cases.findById(complaintId)
                .orElseThrow(() -> new NotFoundException("No case for complaint " + complaintId + "."));
        return CaseView.of(complaintCase, assessments.findById(complaintId).orElse(null));
    }

    private Router.Decision route(org.complaintsuite.model.ComplaintSource source,
            @Nullable RiskAssessmentRecord assessment) {
        return assessment == null ? router.route(source, null, null)
                : router.route(source, assessment.getEscalationLevel(), assessment.getProxyLevel());
    }
}
