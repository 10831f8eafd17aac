package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.complaintsuite.support.ConflictException;
import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * The supervisors' commands on a case: transfer it to another group, merge it into another case of the same
 * customer as its duplicate, extend its regulator deadline, and record a decision for the timeline.
 */
public final class CaseSupervision {

    private final ComplaintCase kase;

    CaseSupervision(ComplaintCase kase) {
        this.kase = kase;
    }

    /** Moves the case to another group; from then on the router no longer moves it. */
    public void transfer(SpecialistGroup to, String reason, String by, Instant now) {
        if (kase.status.isFinal()) {
            throw new ConflictException("A " + kase.status + " case is not transferred.");
        }
        if (to == kase.group) {
            throw new ConflictException("The case is already in " + to + ".");
        }
        SpecialistGroup previous = kase.group;
        kase.group = to;
        kase.groupSetBy = by;
        kase.routingReason = "transferred by " + by + ": " + reason;
        kase.record(now, by, CaseChange.Type.TRANSFERRED, "Transferred from %s to %s: %s".formatted(previous, to,
                reason), CaseChange.detail("from", previous, "to", to, "reason", reason));
        kase.touched(now);
    }

    /** Closes the case as a duplicate of {@code survivor}, which takes on its clocks where they fall earlier. */
    public void mergeInto(ComplaintCase survivor, String reason, String by, CaseRules rules, Instant now) {
        if (survivor.getComplaintId().equals(kase.getComplaintId()) || survivor.status.isFinal()) {
            throw new ConflictException("A case is merged into another open case (" + survivor.getComplaintId()
                    + " is " + survivor.status + ").");
        }
        if (!survivor.getCustomerKey().equals(kase.getCustomerKey())) {
            throw new ConflictException("Only a repeat of the same customer is merged; " + survivor.getComplaintId()
                    + " is another customer's case.");
        }
        kase.requireMove(CaseStatus.MERGED, "merge");
        kase.status = CaseStatus.MERGED;
        kase.mergedInto = survivor.getComplaintId();
        kase.clocks.stopped(rules.policies().maxPause(), now);
        kase.record(now, by, CaseChange.Type.MERGED, "Merged into %s as its duplicate: %s".formatted(
                survivor.getComplaintId(), reason), CaseChange.detail("into", survivor.getComplaintId(), "reason",
                        reason));
        kase.reschedule(rules, now);
        absorbInto(survivor, by, rules, now);
    }

    /** The earliest clocks rule: each clock of this duplicate that falls earlier than the survivor's applies. */
    private void absorbInto(ComplaintCase survivor, String by, CaseRules rules, Instant now) {
        Map<String, Object> detail = survivor.clocks.takeEarlierOf(kase.clocks, survivor.policy().policyInForce(rules),
                rules);
        if (detail.containsKey("regulatorDueAt") && survivor.getRegulatorCaseNumber() == null) {
            survivor.regulatorCaseNumber = kase.getRegulatorCaseNumber();
        }
        String description = "Case %s merged into this one%s".formatted(kase.getComplaintId(),
                detail.isEmpty() ? "" : "; its earlier clocks apply: " + detail);
        detail.put("from", kase.getComplaintId());
        survivor.record(now, by, CaseChange.Type.MERGE_RECEIVED, description, detail);
        survivor.reschedule(rules, now);
    }

    /** The regulator's deadline moved to {@code lastDay} by an approved extension (Order No. 3). */
    public void extendRegulatorDeadline(LocalDate lastDay, int days, String requestedBy, String approvedBy,
            CaseRules rules, Instant now) {
        if (!kase.clocks.getRegulator().applies() || kase.clocks.getResolvedAt() != null || kase.status.isFinal()) {
            throw new ConflictException("The case has no running regulator deadline to extend.");
        }
        Instant before = kase.clocks.regulatorExtendedTo(lastDay, rules.calendar());
        Instant due = kase.clocks.getRegulator().dueAt();
        kase.record(now, approvedBy, CaseChange.Type.REGULATOR_DEADLINE_EXTENDED,
                "Regulator deadline extended to %d days (requested by %s, approved by %s): due %s".formatted(days,
                        requestedBy, approvedBy, due),
                CaseChange.detail("days", days, "requestedBy", requestedBy, "approvedBy", approvedBy, "from", before,
                        "to", due));
        kase.reschedule(rules, now);
    }

    /** A supervisor's decision that changes none of the case's own state, for the timeline (a proxy review …). */
    public void recordDecision(CaseChange.Type type, String description, Map<String, Object> detail, String by,
            Instant now) {
        kase.record(now, by, type, description, detail);
        kase.touched(now);
    }
}
