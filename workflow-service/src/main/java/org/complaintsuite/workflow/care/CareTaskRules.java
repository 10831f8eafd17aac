package org.complaintsuite.workflow.care;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.workflow.care.CareTask.ClockState;
import org.complaintsuite.workflow.care.CareTask.Decision;
import org.complaintsuite.workflow.care.CareTask.Status;

/**
 * The care task's rules (the domain brief's high-risk alert: quality-check feedback within 30 minutes, handling within
 * 24 hours):
 * <ul>
 *     <li>a contact gets a task when its complaint propensity reaches {@code workflow.care.open-at}, counting a
 *     complaint of the customer still open ({@link #withOpenComplaints}): risk scoring knows the customer's complaints,
 *     workflow whether they are still being worked;</li>
 *     <li>an open task is reviewed once: CALL_BACK makes it REVIEWED (to be handled), NO_ACTION closes it with the
 *     outcome NO_ACTION_NEEDED (the handling clock stops too);</li>
 *     <li>a reviewed task is closed once, with its outcome;</li>
 *     <li>a clock runs until it is stopped, and is OVERDUE past its due time; stopped, it was on time or late.</li>
 * </ul>
 */
public final class CareTaskRules {

    /** The signal an open complaint of the customer adds to a contact's propensity. */
    public static final String OPEN_COMPLAINT = "OPEN_COMPLAINT";

    private CareTaskRules() {
    }

    public static boolean opens(int propensity, int openAt) {
        return propensity >= openAt;
    }

    /**
     * The propensity with {@code OPEN_COMPLAINT} ({@code weight}) added when the customer has complaints still open:
     * a customer who gets in touch again while their complaint is worked is on the way to escalating it. The open
     * complaints are its evidence; without any the propensity is unchanged.
     */
    public static RiskAssessment withOpenComplaints(RiskAssessment propensity, List<String> openComplaints,
            int weight) {
        if (openComplaints.isEmpty() || weight == 0) {
            return propensity;
        }
        List<RiskSignal> signals = new ArrayList<>(propensity.signals());
        signals.add(new RiskSignal(OPEN_COMPLAINT, "the customer has a complaint still open", weight,
                openComplaints.stream().map(id -> new Evidence(Evidence.Kind.LINKED_COMPLAINT, id, -1, -1)).toList()));
        return RiskAssessment.fromSignals(signals);
    }

    /** The status the decision leads to; refused (a conflict) unless the task is still open. */
    public static Status afterFeedback(Status current, Decision decision) {
        if (current != Status.OPEN) {
            throw new IllegalStateException("the care task was reviewed already (it is " + current + ")");
        }
        return decision == Decision.NO_ACTION ? Status.CLOSED : Status.REVIEWED;
    }

    /** Refused (a conflict) unless the task was reviewed with CALL_BACK and is not closed. */
    public static void checkOutcome(Status current) {
        if (current == Status.OPEN) {
            throw new IllegalStateException("the care task must be reviewed (feedback) before its outcome is recorded");
        }
        if (current == Status.CLOSED) {
            throw new IllegalStateException("the care task is closed already");
        }
    }

    public static ClockState clock(Instant dueAt, @Nullable Instant doneAt, Instant now) {
        if (doneAt != null) {
            return doneAt.isAfter(dueAt) ? ClockState.DONE_LATE : ClockState.DONE_ON_TIME;
        }
        return now.isAfter(dueAt) ? ClockState.OVERDUE : ClockState.RUNNING;
    }
}
