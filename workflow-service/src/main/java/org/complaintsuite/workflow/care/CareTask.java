package org.complaintsuite.workflow.care;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;

/**
 * A care task as the proactive group sees it.
 *
 * @param contactId       the contact's id (the task's id)
 * @param propensity      the contact's complaint propensity when the task opened, with its signals
 * @param dissatisfaction the dissatisfaction model's reading of the customer's words
 * @param feedback        the quality-check clock: due within 30 minutes, stopped by the reviewer's decision
 * @param handling        the handling clock: due within 24 hours, stopped by the outcome
 * @param becameComplaint the customer's complaint that followed the contact within workflow.care.link-within, if any
 * @param contact         what the contact said, once contacts.received brought it (null until then)
 */
public record CareTask(
        String contactId,
        String customerKey,
        Instant contactedAt,
        Instant openedAt,
        Status status,
        Propensity propensity,
        double dissatisfaction,
        Clock feedback,
        @Nullable Decision decision,
        @Nullable String feedbackNote,
        Clock handling,
        @Nullable Outcome outcome,
        @Nullable String outcomeNote,
        @Nullable String becameComplaint,
        @Nullable Contact contact) {

    /** OPEN until reviewed; REVIEWED when the decision is to call back; CLOSED with an outcome. */
    public enum Status { OPEN, REVIEWED, CLOSED }

    /** The reviewer's decision at quality check. */
    public enum Decision { CALL_BACK, NO_ACTION }

    /** How the care ended. */
    public enum Outcome { SOOTHED, BECAME_COMPLAINT, UNREACHABLE, NO_ACTION_NEEDED }

    /** Where a clock stands. */
    public enum ClockState { RUNNING, OVERDUE, DONE_ON_TIME, DONE_LATE }

    public record Propensity(int score, RiskLevel level, List<RiskSignal> signals) {
    }

    /**
     * @param dueAt  when it is due
     * @param doneAt when it was stopped (the decision, the outcome), null while it runs
     * @param doneBy who stopped it
     * @param state  where it stands now
     */
    public record Clock(Instant dueAt, @Nullable Instant doneAt, @Nullable String doneBy, ClockState state) {
    }

    /**
     * @param phone the customer's phone (E.164), as the contact gave it
     */
    public record Contact(String channel, @Nullable String customerId, @Nullable String phone, @Nullable String agentId,
            String customerText, String notComplaintBecause) {
    }
}
