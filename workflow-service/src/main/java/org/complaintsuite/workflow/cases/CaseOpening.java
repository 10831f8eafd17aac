package org.complaintsuite.workflow.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.routing.Router;

/**
 * Opens received complaints' cases: routed on the assessment if it came first, linked to the customer's open case
 * as a repeat ({@link CustomerOpenCases}), their content kept, their opening on the timeline. Runs in
 * {@link CaseService#onReceived}'s transaction, or in a batch's ({@link CaseEventBatches}).
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

    /**
     * Opens the cases of these complaints, in order, in the caller's transaction: under the locks of the complaints
     * and their customers (taken here in one statement), a complaint with a case already changes nothing, a
     * complaint whose assessment came first is routed on it. Everything is read once for the batch and written once:
     * the cases in one JDBC batch, their content and timelines in one each.
     */
    void open(List<ComplaintReceived> complaints, CaseRules rules) {
        List<String> ids = complaints.stream().map(ComplaintReceived::complaintId).toList();
        locks.lockAll(Stream.concat(ids.stream(), complaints.stream().map(CaseOpening::customerLock)).toList());
        Set<String> open = new HashSet<>(cases.findExistingIds(ids));
        Map<String, RiskAssessmentRecord> assessed = assessments.findAllById(ids).stream()
                .collect(Collectors.toMap(RiskAssessmentRecord::getComplaintId, Function.identity()));
        var openCases = new CustomerOpenCases(cases.findOpenOfCustomers(
                complaints.stream().map(complaint -> complaint.customer().customerKey()).distinct().toList()));
        Instant now = clock.instant();
        Map<String, ComplaintCase> changed = new LinkedHashMap<>();
        List<ComplaintReceived> opened = new ArrayList<>();
        int repeats = 0;
        for (ComplaintReceived complaint : complaints) {
            if (!open.add(complaint.complaintId())) {
                log.debug("Complaint {} already has a case; redelivery ignored", complaint.complaintId());
                continue;
            }
            ComplaintCase repeated = openCases.repeatedBy(complaint);
            ComplaintCase kase = opened(complaint, rules, assessed.get(complaint.complaintId()), repeated, now);
            cases.save(kase);
            openCases.add(kase);
            opened.add(complaint);
            changed.put(kase.getComplaintId(), kase);
            if (repeated != null) {
                repeats++;
                repeated.lifecycle().repeatReceived(kase.getComplaintId(), now);
                changed.putIfAbsent(repeated.getComplaintId(), repeated);
            }
        }
        cases.flush();
        details.contentReceived(opened);
        timeline.appendAll(changed.values().stream().collect(Collectors.toMap(ComplaintCase::getComplaintId,
                ComplaintCase::takeChanges, (a, b) -> a, LinkedHashMap::new)));
        if (!opened.isEmpty()) {
            // one line per batch; each case's routing and due dates are on its timeline (and at DEBUG here)
            log.info("{} case(s) opened, {} of them repeats; first {}", opened.size(), repeats,
                    opened.getFirst().complaintId());
        }
    }

    /** The lock on the complaint's customer, held while a case of theirs opens. */
    static String customerLock(ComplaintReceived complaint) {
        return "customer:" + complaint.customer().customerKey();
    }

    private ComplaintCase opened(ComplaintReceived complaint, CaseRules rules,
            @Nullable RiskAssessmentRecord assessment, @Nullable ComplaintCase repeated, Instant now) {
        Router.Decision routing = router.route(complaint.channel(), complaint.source(),
                assessment == null ? null : assessment.getEscalationLevel(),
                assessment == null ? null : assessment.getProxyLevel(),
                assessment == null ? Set.of() : assessment.topicSet(), repeated != null);
        var opened = ComplaintCase.open(complaint, assessment == null ? null : assessment.getEscalationLevel(),
                assessment == null ? null : assessment.getProxyLevel(), routing,
                repeated == null ? null : repeated.getComplaintId(), rules, now);
        log.debug("Case {} opened ({} {}), group {}, policy {}, first contact due {}, resolution due {}{}",
                opened.getComplaintId(), opened.getChannel(), opened.getSource(), opened.getGroup(),
                opened.getClocks().getSlaPolicy(), opened.getClocks().getFirstContactDueAt(),
                opened.getClocks().getResolution().getDueAt(),
                repeated == null ? "" : ", repeats " + repeated.getComplaintId());
        return opened;
    }
}
