package org.complaintsuite.workflow.cases;

import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ProxyDriven;
import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.supervision.ProxyReviews;
import org.complaintsuite.workflow.supervision.RegulatorExtensionRule;
import org.complaintsuite.workflow.supervision.RegulatorExtensions;

/**
 * The supervisors' commands on a case: each made on the version the supervisor saw, with a reason, and left on the
 * timeline (through {@link CaseService#change}, which locks, checks the version and saves).
 */
@Service
public class SupervisionService {

    private final CaseService cases;
    private final ComplaintCaseRepository repository;
    private final ComplaintLocks locks;
    private final CaseTimeline timeline;
    private final RiskAssessmentRepository assessments;
    private final ProxyReviews reviews;
    private final RegulatorExtensions extensions;

    SupervisionService(CaseService cases, ComplaintCaseRepository repository, ComplaintLocks locks,
            CaseTimeline timeline, RiskAssessmentRepository assessments, ProxyReviews reviews,
            RegulatorExtensions extensions) {
        this.cases = cases;
        this.repository = repository;
        this.locks = locks;
        this.timeline = timeline;
        this.assessments = assessments;
        this.reviews = reviews;
        this.extensions = extensions;
    }

    @Transactional
    public CaseView transfer(String complaintId, @Nullable Long version, SpecialistGroup to, String reason,
            String by) {
        return cases.change(complaintId, version, kase -> kase.supervision().transfer(to, reason, by, cases.now()));
    }

    /**
     * Confirms or dismisses the proxy flag of a case risk scoring flagged (proxy risk HIGH or CRITICAL). A dismissal
     * works the case as not proxy-driven (routing and policy on proxy LOW) and is sent to risk scoring.
     */
    @Transactional
    public CaseView reviewProxy(String complaintId, @Nullable Long version, ProxyFlagReviewed.Decision decision,
            String reason, String by) {
        return cases.change(complaintId, version, kase -> {
            RiskAssessmentRecord assessment = assessments.findById(complaintId)
                    .filter(a -> ProxyDriven.is(a.getProxyLevel()))
                    .orElseThrow(() -> new ConflictException("Risk scoring has not flagged this complaint as "
                            + "proxy-driven (proxy risk HIGH or CRITICAL): there is no flag to review."));
            String ring = assessment.getRingId();
            var review = new ProxyFlagReviewed(UUID.randomUUID(), cases.now(), complaintId, kase.getCustomerKey(),
                    decision, ring, by, reason);
            reviews.add(review);
            kase.supervision().recordDecision(CaseChange.Type.PROXY_REVIEWED, "Proxy flag %s: %s".formatted(
                    decision.name().toLowerCase(), reason), CaseChange.detail("decision", decision.name(), "reason", reason,
                            "ring", ring), by, cases.now());
            cases.applyRisk(kase, assessment, CaseAssessments.proxyLevelInForce(review, assessment.getProxyLevel()),
                    by);
        });
    }

    /** Closes the case as a duplicate of {@code into}; both cases are locked, in one order whoever merges. */
    @Transactional
    public CaseView merge(String complaintId, @Nullable Long version, String into, String reason, String by) {
        Stream.of(complaintId, into).sorted().forEach(locks::lock);
        ComplaintCase survivor = repository.findById(into)
                .orElseThrow(() -> new ConflictException("No case " + into + " to merge into."));
        CaseView merged = cases.change(complaintId, version,
                kase -> kase.supervision().mergeInto(survivor, reason, by, cases.rules(), cases.now()));
        repository.saveAndFlush(survivor);
        timeline.append(into, survivor.takeChanges());
        return merged;
    }

    /** Asks for the regulator deadline to be extended to {@code days} (30, then 60) from receipt. */
    @Transactional
    public CaseView requestExtension(String complaintId, @Nullable Long version, int days, String reason,
            String by) {
        return cases.change(complaintId, version, kase -> {
            if (kase.getClocks().getRegulator().lastDay() == null || kase.getClocks().getResolvedAt() != null
                    || kase.getStatus().isFinal()) {
                throw new ConflictException("The case has no running regulator deadline to extend.");
            }
            var state = extensions.state(complaintId);
            RegulatorExtensionRule.checkRequest(days, state.days(), state.pending() != null);
            extensions.request(complaintId, days, reason, by, cases.now());
            kase.supervision().recordDecision(CaseChange.Type.REGULATOR_EXTENSION_REQUESTED,
                    "Regulator deadline extension to %d days requested: %s".formatted(days, reason),
                    CaseChange.detail("days", days, "reason", reason), by, cases.now());
        });
    }

    /** Approves or rejects the pending extension request; never by the person who asked. */
    @Transactional
    public CaseView decideExtension(String complaintId, @Nullable Long version, boolean approved, String reason,
            String by) {
        return cases.change(complaintId, version, kase -> {
            var pending = extensions.pending(complaintId)
                    .orElseThrow(() -> new ConflictException("No extension request is waiting for a decision."));
            if (!RegulatorExtensionRule.mayDecide(pending.requestedBy(), by)) {
                throw new AccessDeniedException("An extension is approved by another supervisor than the one who "
                        + "requested it (" + pending.requestedBy() + ").");
            }
            extensions.decide(pending.id(), approved, reason, by, cases.now());
            if (approved) {
                kase.supervision().extendRegulatorDeadline(RegulatorExtensionRule.lastDay(kase.getReceivedAt(),
                        WorkingCalendar.BEIJING, pending.days(), kase.getClocks().getRegulator().lastDay()),
                        pending.days(),
                        pending.requestedBy(), by, cases.rules(), cases.now());
            }
            else {
                kase.supervision().recordDecision(CaseChange.Type.REGULATOR_EXTENSION_REJECTED,
                        "Regulator deadline extension to %d days rejected: %s".formatted(pending.days(), reason),
                        CaseChange.detail("days", pending.days(), "requestedBy", pending.requestedBy(), "reason", reason), by,
                        cases.now());
            }
        });
    }
}
