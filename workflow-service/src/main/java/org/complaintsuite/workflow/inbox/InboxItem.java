package org.complaintsuite.workflow.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * An alert as it sits in a reader's inbox: an SLA alert, or an operations alert (audience {@code ROLE}), which has a
 * kind and a reason but no clock, threshold, group or due time.
 *
 * @param id        the item's id (what {@code POST /api/v1/inbox/{id}/read} takes)
 * @param alertId   the alert's event id on {@code sla.alerts}, or the operations alert's own id
 * @param kind      {@code WARNING} or {@code BREACH} ({@link SlaAlertRaised.Kind}) for an SLA alert, else the
 *                  operations alert's kind, e.g. {@code ASSESSMENT_FAILED}
 * @param recipient the user (audience {@code USER}), the group or the role it is addressed to
 * @param group     the specialist group holding the case when the alert was raised
 * @param assignee  the agent holding the case then, or null
 * @param reason    what an operations alert is about; null for SLA alerts
 * @param read      whether this reader has read it
 */
public record InboxItem(long id, UUID alertId, @Nullable String complaintId, SlaAlertRaised.@Nullable Clock clock,
        @Nullable Integer threshold, String kind, Audience audience, String recipient, @Nullable String group,
        @Nullable String assignee, @Nullable Instant passedAt, @Nullable Instant dueAt, Instant createdAt,
        @Nullable String reason, boolean read) {

    public Address address() {
        return new Address(audience, recipient);
    }

    /** A page of a reader's inbox, newest first, with how many of all their items are unread. */
    public record Page(List<InboxItem> items, int page, int size, long totalElements, int totalPages, long unread) {
    }

    /** What the stream sends for each new item a connected reader sees. */
    public record Arrived(InboxItem item, long unread) {
    }

    public record UnreadCount(long unread) {
    }
}
