package org.complaintsuite.workflow.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.risk.AssessmentSignals;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.supervision.ProxyReviews;

/**
 * Applies risk scoring's assessments: each is stored if it is newer than the one held, and routes and sets the
 * policy of its case if the case is open already (else the case takes it when it opens). Runs in
 * {@link CaseService#onAssessed}'s transaction, or in a batch's ({@link CaseEventBatches}): everything is read once
 * for the batch and written once.
 */
@Component
class CaseAssessments {

    private static final Logger log = LoggerFactory.getLogger(CaseAssessments.class);
    private static final String ACTOR = "risk-scoring";

    private final ComplaintCaseRepository cases;
    private final ComplaintLocks locks;
    private final RiskAssessmentRepository assessments;
    private final AssessmentSignals signals;
    private final AssessmentFailures failures;
    private final ProxyReviews reviews;
    private final CaseTimeline timeline;
    private final Router router = new Router();
    private final Clock clock;

    CaseAssessments(ComplaintCaseRepository cases, ComplaintLocks locks, RiskAssessmentRepository assessments,
            AssessmentSignals signals, AssessmentFailures failures, ProxyReviews reviews, CaseTimeline timeline,
            Clock clock) {
        this.cases = cases;
        this.locks = locks;
        this.assessments = assessments;
        this.signals = signals;
        this.failures = failures;
        this.reviews = reviews;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Applies these assessments in order, under their complaints' locks (taken here in one statement). */
    void apply(List<ComplaintAssessed> assessed, CaseRules rules) {
        List<String> ids = assessed.stream().map(ComplaintAssessed::complaintId).distinct().toList();
        locks.lockAll(ids);
        Map<String, ComplaintCase> open = byId(cases.findAllById(ids), ComplaintCase::getComplaintId);
        Map<String, RiskAssessmentRecord> held = byId(assessments.findAllById(ids), RiskAssessmentRecord::getComplaintId);
        Set<String> failed = new HashSet<>(failures.failedAmong(ids));
        Map<String, ProxyFlagReviewed> reviewed = reviews.latestOf(open.keySet());
        Instant now = clock.instant();
        Map<String, List<CaseChange>> changes = new LinkedHashMap<>();
        for (ComplaintAssessed assessment : assessed) {
            String id = assessment.complaintId();
            RiskAssessmentRecord current = held.get(id);
            if (current == null) {
                current = RiskAssessmentRecord.of(assessment, now);
                held.put(id, assessments.save(current));
            }
            else if (!current.supersedeWith(assessment, now)) {
                log.debug("Assessment {} of complaint {} is not newer than the one held; ignored",
                        assessment.eventId(), id);
                continue;
            }
            signals.attach(current, assessment);
            var cleared = failed.remove(id) ? failures.clear(id) : Optional.<AssessmentFailures.Failure>empty();
            ComplaintCase kase = open.get(id);
            if (kase != null) {
                SpecialistGroup before = kase.getGroup();
                applyRisk(kase, current, proxyLevelInForce(reviewed.get(id), current.getProxyLevel()), ACTOR,
                        rules, now);
                List<CaseChange> caseChanges = changes.computeIfAbsent(id, key -> new ArrayList<>());
                caseChanges.addAll(kase.takeChanges());
                cleared.ifPresent(failure -> caseChanges.add(failureCleared(id, failure, now)));
                if (before != kase.getGroup()) {
                    log.info("Case {} re-routed from {} to {} ({})", id, before, kase.getGroup(),
                            kase.getRoutingReason());
                }
            }
        }
        timeline.appendAll(changes);
    }

    /**
     * Routes the case and chooses its policy on a risk: the assessment's escalation and {@code proxy}, the proxy level
     * the case is worked on ({@link #proxyLevelInForce}).
     */
    void applyRisk(ComplaintCase kase, RiskAssessmentRecord assessment, RiskLevel proxy, String actor, CaseRules rules,
            Instant now) {
        Router.Decision routing = router.route(kase.getChannel(), kase.getSource(), assessment.getEscalationLevel(),
                proxy, assessment.topicSet(), kase.getRepeatOf() != null);
        kase.policy().assessed(assessment.getEscalationLevel(), proxy, routing, rules, now, actor);
    }

    /** The proxy level a case is worked on: the assessment's, or LOW once a supervisor dismissed the flag. */
    static RiskLevel proxyLevelInForce(@Nullable ProxyFlagReviewed latestReview, RiskLevel assessed) {
        return latestReview != null && latestReview.decision() == ProxyFlagReviewed.Decision.DISMISSED
                ? RiskLevel.LOW : assessed;
    }

    private static CaseChange failureCleared(String complaintId, AssessmentFailures.Failure failure, Instant now) {
        log.info("Case {} assessed after its assessment had failed; the failure is cleared", complaintId);
        return new CaseChange(now, ACTOR, CaseChange.Type.ASSESSMENT_FAILURE_CLEARED,
                "Assessment arrived; the assessment failure of " + failure.failedAt() + " is cleared",
                CaseChange.detail("failedAt", failure.failedAt(), "deadLetterId", failure.deadLetterId()));
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
