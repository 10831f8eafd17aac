package org.complaintsuite.workflow.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * An alert as it sits in a reader's inbox.
 *
 * @param id        the item's id (what {@code POST /api/v1/inbox/{id}/read} takes)
 * @param alertId   the alert's event id on {@code sla.alerts}
 * @param recipient the user (audience {@code USER}) or the group it is addressed to
 * @param group     the specialist group holding the case when the alert was raised
 * @param assignee  the agent holding the case then, or null
 * @param read      whether this reader has read it
 */
public record InboxItem(long id, UUID alertId, String complaintId, SlaAlertRaised.Clock clock, int threshold,
        SlaAlertRaised.Kind kind, Audience audience, String recipient, String group, @Nullable String assignee,
        Instant passedAt, Instant dueAt, Instant createdAt, boolean read) {

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
