package org.complaintsuite.workflow.care;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An ordinary contact of the customer linked to their complaint (made before it, within
 * {@code workflow.care.link-within}), as the complaint's case shows it: what the customer said then, and the care
 * task it got, if any.
 *
 * @param channel      null once the contact's words were deleted (a contact without a care task keeps them a week)
 * @param contactedAt  when the contact took place; null once its words were deleted and it had no care task
 * @param customerText the customer's words; null once deleted
 * @param careTask     the contact's care task, if it got one
 */
public record LinkedContact(String contactId, @Nullable String channel, @Nullable Instant contactedAt,
        @Nullable String customerText, @Nullable String agentId, @Nullable Task careTask) {

    /** The care task of a linked contact: its propensity, status and outcome. */
    public record Task(int propensityScore, String propensityLevel, String status, @Nullable String outcome) {
    }
}
