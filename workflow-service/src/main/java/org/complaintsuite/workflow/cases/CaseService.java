package org.complaintsuite.workflow.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.workflow.calendar.WorkingCalendars;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;
import org.complaintsuite.workflow.sla.SlaPolicies;

/**
 * Keeps cases in step with the complaint events and applies the agents' commands. Every change runs under the
 * complaint's advisory lock (events and commands on one case are serialized across threads and instances), and
 * leaves its entries on the timeline in the same transaction. The event handlers are idempotent: a complaint
 * delivered again changes nothing, and an assessment is applied only if it is newer than the one held.
 */
@Service
public class CaseService {

    private final ComplaintCaseRepository cases;
    private final ComplaintLocks locks;
    private final RiskAssessmentRepository assessments;
    private final CaseTimeline timeline;
    private final CaseQueue queue;
    private final SlaPolicies policies;
    private final WorkingCalendars calendars;
    private final CaseDetails details;
    private final AssessmentFailures failures;
    private final CaseOpening opening;
    private final CaseAssessments assessing;
    private final Clock clock;

    CaseService(ComplaintCaseRepository cases, ComplaintLocks locks, RiskAssessmentRepository assessments,
            CaseTimeline timeline, CaseQueue queue, SlaPolicies policies, WorkingCalendars calendars,
            CaseDetails details, AssessmentFailures failures, CaseOpening opening, CaseAssessments assessing,
            Clock clock) {
        this.failures = failures;
        this.opening = opening;
        this.assessing = assessing;
        this.cases = cases;
        this.locks = locks;
        this.assessments = assessments;
        this.timeline = timeline;
        this.queue = queue;
        this.policies = policies;
        this.calendars = calendars;
        this.details = details;
        this.clock = clock;
    }

    public CaseRules rules() {
        return new CaseRules(policies, calendars.current());
    }

    /** Opens the complaint's case, once: a complaint delivered again changes nothing. */
    @Transactional
    public void onReceived(ComplaintReceived complaint) {
        opening.open(List.of(complaint), rules());
    }

    @Transactional
    public void onAssessed(ComplaintAssessed assessed) {
        assessing.apply(List.of(assessed), rules());
    }

    /**
     * Marks the complaint "assessment failed": risk scoring dead-lettered it. The case (if it is open already) says so
     * on its timeline; a complaint failed before keeps its first failure.
     *
     * @return whether the failure is new
     */
    @Transactional
    public boolean assessmentFailed(String complaintId, AssessmentFailures.Failure failure) {
        locks.lock(complaintId);
        if (assessments.existsById(complaintId) || !failures.record(complaintId, failure)) {
            // assessed meanwhile (a redelivered dead letter, or another instance scored it), or failed before
            return false;
        }
        if (cases.existsById(complaintId)) {
            timeline.append(complaintId, List.of(new CaseChange(clock.instant(), "risk-scoring",
                    CaseChange.Type.ASSESSMENT_FAILED, "Risk scoring failed: " + failure.reason(),
                    CaseChange.detail("deadLetterId", failure.deadLetterId()))));
        }
        return true;
    }

    @Transactional(readOnly = true)
    public CaseView get(String complaintId) {
        return view(find(complaintId));
    }

    /** A page of the work queue, most urgent first (see {@link CaseQueue}); one query for the page, one to count. */
    @Transactional(readOnly = true)
    CaseSummary.Page queue(CaseQueue.Filter filter) {
        Instant now = clock.instant();
        CaseQueue.Page page = queue.read(filter, now);
        int size = filter.sizeOrDefault();
        List<String> ids = page.cases().stream().map(ComplaintCase::getComplaintId).toList();
        var customers = details.maskedCustomers(ids);
        Set<String> failed = failures.failedAmong(ids);
        return new CaseSummary.Page(page.cases().stream()
                .map(c -> CaseSummary.of(c, customers.get(c.getComplaintId()), policies.maxPause(), now,
                        failed.contains(c.getComplaintId()))).toList(),
                filter.pageOrDefault(), size,
                page.total(), (int) ((page.total() + size - 1) / size));
    }

    @Transactional(readOnly = true)
    public List<CaseTimeline.Entry> timeline(String complaintId) {
        find(complaintId);
        return timeline.of(complaintId);
    }

    /**
     * Applies an agent's command: under the complaint's lock, on the version the agent saw (null: whatever is
     * current, for commands that cannot conflict, such as a note), with its timeline entries.
     */
    @Transactional
    public CaseView change(String complaintId, @Nullable Long expectedVersion, Consumer<ComplaintCase> command) {
        locks.lock(complaintId);
        ComplaintCase complaintCase = find(complaintId);
        if (expectedVersion != null) {
            complaintCase.expectVersion(expectedVersion);
        }
        command.accept(complaintCase);
        List<CaseChange> changes = complaintCase.takeChanges();
        ComplaintCase saved = cases.saveAndFlush(complaintCase);
        timeline.append(complaintId, changes);
        return view(saved);
    }

    /**
     * The command giving a case to {@code assignee}, as {@link AssignmentRule} allows {@code actor}: refused at once
     * when it does not, whoever has the case, and on the case when another agent has it.
     */
    Consumer<ComplaintCase> assignment(String assignee, String actor, boolean supervisor) {
        refuseIf(AssignmentRule.refusalToAssign(assignee, actor, supervisor));
        return kase -> {
            refuseIf(AssignmentRule.refusalToReassign(kase.getAssignee(), actor, supervisor));
            kase.lifecycle().assign(assignee, actor, clock.instant());
        };
    }

    private static void refuseIf(@Nullable String refusal) {
        if (refusal != null) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** Routes the case and chooses its policy on a risk, as {@link CaseAssessments#applyRisk} does. */
    void applyRisk(ComplaintCase complaintCase, RiskAssessmentRecord assessment, RiskLevel proxy, String actor) {
        assessing.applyRisk(complaintCase, assessment, proxy, actor, rules(), clock.instant());
    }

    /**
     * Computes a case's due dates again on the calendar in force (a year was loaded).
     *
     * @return whether a due date changed
     */
    @Transactional
    public boolean recomputeDueDates(String complaintId) {
        locks.lock(complaintId);
        ComplaintCase complaintCase = cases.findById(complaintId).orElse(null);
        if (complaintCase == null || !complaintCase.policy().recomputeDueDates(rules(), clock.instant())) {
            return false;
        }
        List<CaseChange> changes = complaintCase.takeChanges();
        cases.saveAndFlush(complaintCase);
        timeline.append(complaintId, changes);
        return true;
    }

    public Instant now() {
        return clock.instant();
    }

    ComplaintCase find(String complaintId) {
        return cases.findById(complaintId)
                .orElseThrow(() -> new NotFoundException("No case for complaint " + complaintId + "."));
    }

    CaseView view(ComplaintCase complaintCase) {
        return CaseView.of(complaintCase, details.of(complaintCase), timeline.of(complaintCase.getComplaintId()),
                policies.maxPause(), clock.instant());
    }
}
