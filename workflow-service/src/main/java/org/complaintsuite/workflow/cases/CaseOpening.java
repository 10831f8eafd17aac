package org.complaintsuite.workflow.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.routing.Router;

/**
 * Opens a received complaint's case: routed on the assessment if it came first, linked to the customer's open case
 * as a repeat, its content kept, its opening on the timeline. Runs in {@link CaseService#onReceived}'s transaction,
 * or in a batch's ({@link CaseEventBatches}).
 */
@Component
class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final ComplaintCaseRepository cases;
    private final ComplaintLocks locks;
    private final RiskAssessmentRepository assessments;
    private final CaseTimeline timeline;
    private final CaseDetails details;
    private final Router router = new Router();
    private final Clock clock;

    CaseOpening(ComplaintCaseRepository cases, ComplaintLocks locks, RiskAssessmentRepository assessments,
            CaseTimeline timeline, CaseDetails details, Clock clock) {
        this.cases = cases;
        this.locks = locks;
        this.assessments = assessments;
        this.timeline = timeline;
        this.details = details;
        this.clock = clock;
    }

    void open(ComplaintReceived complaint, CaseRules rules) {
        locks.lock(complaint.complaintId());
        if (alreadyOpen(complaint)) {
            return;
        }
        // two complaints of one customer opened at the same moment must see each other to be linked as a repeat
        locks.lock(customerLock(complaint));
        openUnderLocks(complaint, rules, assessments.findById(complaint.complaintId()).orElse(null));
    }

    /** The lock on the complaint's customer, held while a case of theirs opens. */
    static String customerLock(ComplaintReceived complaint) {
        return "customer:" + complaint.customer().customerKey();
    }

    /** Whether the complaint has its case already: a redelivery, which changes nothing. */
    private boolean alreadyOpen(ComplaintReceived complaint) {
        if (cases.existsById(complaint.complaintId())) {
            log.debug("Complaint {} already has a case; redelivery ignored", complaint.complaintId());
            return true;
        }
        return false;
    }

    /**
     * Opens the case of a complaint that has none, on its assessment if one came first; the caller holds the
     * complaint's and its customer's locks.
     */
    void openUnderLocks(ComplaintReceived complaint, CaseRules rules, @Nullable RiskAssessmentRecord assessment) {
        Instant now = clock.instant();
        ComplaintCase repeated = cases.findOpenOfCustomer(complaint.customer().customerKey(), complaint.complaintId(),
                complaint.receivedAt(), Limit.of(1)).stream().findFirst().orElse(null);
        Router.Decision routing = router.route(complaint.channel(), complaint.source(),
                assessment == null ? null : assessment.getEscalationLevel(),
                assessment == null ? null : assessment.getProxyLevel(),
                assessment == null ? Set.of() : assessment.topicSet(), repeated != null);
        var opened = ComplaintCase.open(complaint, assessment == null ? null : assessment.getEscalationLevel(),
                assessment == null ? null : assessment.getProxyLevel(), routing,
                repeated == null ? null : repeated.getComplaintId(), rules, now);
        cases.saveAndFlush(opened);
        details.contentReceived(complaint);
        timeline.append(opened.getComplaintId(), opened.takeChanges());
        if (repeated != null) {
            repeated.lifecycle().repeatReceived(opened.getComplaintId(), now);
            timeline.append(repeated.getComplaintId(), repeated.takeChanges());
        }
        log.info("Case {} opened ({} {}), group {}, policy {}, first contact due {}, resolution due {}{}",
                opened.getComplaintId(), opened.getChannel(), opened.getSource(), opened.getGroup(),
                opened.getClocks().getSlaPolicy(), opened.getClocks().getFirstContactDueAt(),
                opened.getClocks().getResolution().getDueAt(),
                repeated == null ? "" : ", repeats " + repeated.getComplaintId());
    }
}
