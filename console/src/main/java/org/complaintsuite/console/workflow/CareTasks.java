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

    /** The reviewer's decisions and the outcomes, in workflow's names. */
    public static final List<String> DECISIONS = List.of("CALL_BACK", "NO_ACTION");
    public static final List<String> OUTCOMES = List.of("SOOTHED", "BECAME_COMPLAINT", "UNREACHABLE",
            "NO_ACTION_NEEDED");
}
