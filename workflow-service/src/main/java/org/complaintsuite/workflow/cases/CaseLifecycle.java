package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.support.ConflictException;

/**
 * The agents' commands on a case, each checked against the lifecycle ({@link CaseStatus}) and moving the case's
 * clocks ({@link CaseClocks}): assign, record a contact or a note, pause and resume the resolution clock, resolve,
 * close, withdraw, reopen, and the customer's satisfaction; and the customer complaining again meanwhile.
 */
public final class CaseLifecycle {

    private final ComplaintCase kase;

    CaseLifecycle(ComplaintCase kase) {
        this.kase = kase;
    }

    /** The same customer complained again while this case is open. */
    public void repeatReceived(String repeatComplaintId, Instant now) {
        kase.record(now, "intake", CaseChange.Type.REPEAT_RECEIVED,
                "The customer complained again: " + repeatComplaintId, Map.of("repeat", repeatComplaintId));
    }

    public void assign(String newAssignee, String by, Instant now) {
        kase.requireMove(CaseStatus.ASSIGNED, "assign");
        String previous = kase.assignee;
        kase.assignee = newAssignee;
        kase.status = CaseStatus.ASSIGNED;
        kase.record(now, by, CaseChange.Type.ASSIGNED, previous == null ? "Assigned to " + newAssignee
                : "Re-assigned from %s to %s".formatted(previous, newAssignee),
                CaseChange.detail("assignee", newAssignee, "previousAssignee", previous));
    }

    /**
     * Records a contact with the customer. The first one meets the first-contact clock; a case is contacted even when
     * the outcome was no answer, since the clock asks for the firm's attempt and its record.
     */
    public void contacted(Instant at, ContactMethod method, String outcome, String by, CaseRules rules, Instant now) {
        if (at.isAfter(now)) {
            throw new ConflictException("A contact cannot be recorded in the future (" + at + ").");
        }
        if (at.isBefore(kase.getReceivedAt())) {
            throw new ConflictException("A contact cannot precede the complaint's receipt (" + kase.getReceivedAt()
                    + ").");
        }
        if (kase.status != CaseStatus.CONTACTED && kase.status != CaseStatus.REOPENED) {
            kase.requireMove(CaseStatus.CONTACTED, "record a contact on");
        }
        boolean first = kase.clocks.contacted(at);
        if (kase.status != CaseStatus.REOPENED) {
            kase.status = CaseStatus.CONTACTED;
        }
        kase.record(now, by, CaseChange.Type.CONTACTED, "%s contact by %s at %s: %s".formatted(first ? "First"
                : "Further", method, at, outcome), CaseChange.detail("at", at, "method", method, "outcome", outcome,
                        "first", first));
        // the first contact meets its clock: the queue's urgency moves on to the resolution clock
        kase.reschedule(rules, now);
    }

    public void note(String text, String by, Instant now) {
        kase.record(now, by, CaseChange.Type.NOTE, text, Map.of());
    }

    public void pause(String reason, String by, CaseRules rules, Instant now) {
        if (kase.status.isFinal() || kase.status == CaseStatus.RESOLVED) {
            throw new ConflictException("A " + kase.status + " case has no running resolution clock to pause.");
        }
        kase.clocks.getResolution().pause(reason, by, rules.policies().maxPause(), now);
        kase.record(now, by, CaseChange.Type.PAUSED, "Resolution clock paused: " + reason,
                CaseChange.detail("reason", reason));
        kase.reschedule(rules, now);
    }

    public void resume(String by, CaseRules rules, Instant now) {
        ResolutionClock resolution = kase.clocks.getResolution();
        String reason = resolution.getPauseReason();
        Duration thisPause = resolution.resume(rules.policies().maxPause(), now);
        kase.record(now, by, CaseChange.Type.RESUMED, "Resolution clock resumed after %s (%s); due %s".formatted(
                thisPause, reason, resolution.getDueAt()), CaseChange.detail("pausedFor", thisPause, "resolutionDueAt",
                        resolution.getDueAt()));
        kase.reschedule(rules, now);
    }

    public void resolve(String outcome, ComplaintReason reason, String by, CaseRules rules, Instant now) {
        kase.requireMove(CaseStatus.RESOLVED, "resolve");
        if (kase.clocks.getFirstContactedAt() == null) {
            throw new ConflictException("The customer has not been contacted: record the contact before resolving.");
        }
        kase.clocks.resolved(rules.policies().maxPause(), now);
        kase.resolutionOutcome = outcome;
        kase.resolutionReason = reason;
        kase.status = CaseStatus.RESOLVED;
        kase.record(now, by, CaseChange.Type.RESOLVED, "Resolved (%s %s): %s".formatted(reason, reason.label(),
                outcome), CaseChange.detail("reason", reason, "outcome", outcome, "resolutionDueAt",
                        kase.clocks.getResolution().getDueAt()));
        kase.reschedule(rules, now);
    }

    public void close(String by, CaseRules rules, Instant now) {
        kase.requireMove(CaseStatus.CLOSED, "close");
        kase.status = CaseStatus.CLOSED;
        kase.closedAt = now;
        kase.record(now, by, CaseChange.Type.CLOSED, "Closed", Map.of());
        kase.reschedule(rules, now);
    }

    public void withdraw(String reason, String by, CaseRules rules, Instant now) {
        kase.requireMove(CaseStatus.WITHDRAWN, "withdraw");
        kase.status = CaseStatus.WITHDRAWN;
        kase.clocks.stopped(rules.policies().maxPause(), now);
        kase.record(now, by, CaseChange.Type.WITHDRAWN, "Withdrawn by the customer: " + reason,
                CaseChange.detail("reason", reason));
        kase.reschedule(rules, now);
    }

    /**
     * The customer is not satisfied with the resolution: work starts again with a new resolution clock from now
     * (the first-contact clock stays met).
     */
    public void reopen(String reason, String by, CaseRules rules, Instant now) {
        kase.requireMove(CaseStatus.REOPENED, "reopen");
        kase.status = CaseStatus.REOPENED;
        kase.resolutionOutcome = null;
        kase.resolutionReason = null;
        kase.closedAt = null;
        @Nullable Instant previousResolution = kase.clocks.reopened(kase.policy().policyInForce(rules), rules, now);
        Instant due = kase.clocks.getResolution().getDueAt();
        kase.record(now, by, CaseChange.Type.REOPENED, "Reopened: %s; resolution due %s".formatted(reason, due),
                CaseChange.detail("reason", reason, "previousResolution", previousResolution, "resolutionDueAt", due));
        kase.reschedule(rules, now);
    }

    /** Satisfied on a resolved case closes it; dissatisfied is recorded, and the agent decides whether to reopen. */
    public void satisfaction(Satisfaction answer, String by, CaseRules rules, Instant now) {
        if (kase.status != CaseStatus.RESOLVED && kase.status != CaseStatus.CLOSED) {
            throw new ConflictException("Satisfaction is asked after the resolution; the case is " + kase.status
                    + ".");
        }
        kase.satisfaction = answer;
        kase.record(now, by, CaseChange.Type.SATISFACTION_RECORDED, "Customer " + answer.name().toLowerCase(),
                CaseChange.detail("satisfaction", answer));
        if (answer == Satisfaction.SATISFIED && kase.status == CaseStatus.RESOLVED) {
            close(by, rules, now);
        }
    }
}
