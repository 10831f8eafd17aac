package org.complaintsuite.console.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Care tasks of the proactive group, as workflow serves them ({@code /api/v1/care-tasks}). */
public final class CareTasks {

    private CareTasks() {
    }

    public record Task(String contactId, Instant contactedAt, Instant openedAt, String status,
            Cases.Risk propensity, double dissatisfaction, Clock feedback, @Nullable String decision,
            @Nullable String feedbackNote, Clock handling, @Nullable String outcome, @Nullable String outcomeNote,
            @Nullable String becameComplaint, @Nullable Contact contact) {
    }

    public record Clock(Instant dueAt, @Nullable Instant doneAt, @Nullable String doneBy, String state) {
    }

    public record Contact(String channel, @Nullable String customerId, @Nullable String phone,
            @Nullable String agentId, String customerText, String notComplaintBecause) {
    }

    /** An ordinary contact of the customer linked to their complaint, and its care task if it got one. */
    public record LinkedContact(String contactId, @Nullable String channel, @Nullable Instant contactedAt,
            @Nullable String customerText, @Nullable String agentId, @Nullable LinkedTask careTask) {
    }

    public record LinkedTask(int propensityScore, String propensityLevel, String status, @Nullable String outcome) {
    }

    /** The reviewer's decisions and the outcomes, in workflow's names. */
    public static final List<String> DECISIONS = List.of("CALL_BACK", "NO_ACTION");
    public static final List<String> OUTCOMES = List.of("SOOTHED", "BECAME_COMPLAINT", "UNREACHABLE",
            "NO_ACTION_NEEDED");
}
