package org.complaintsuite.console.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The alert inbox of the signed-in user ({@code /api/v1/inbox}). */
public final class Inbox {

    private Inbox() {
    }

    public record Page(List<Item> items, int page, int size, long totalElements, int totalPages, long unread) {
    }

    public record Item(String id, @Nullable String alertId, String complaintId, @Nullable String clock,
            @Nullable String threshold, @Nullable String kind, @Nullable String audience, @Nullable String recipient,
            @Nullable String group, @Nullable String assignee, @Nullable Instant passedAt, @Nullable Instant dueAt,
            @Nullable Instant createdAt, boolean read) {
    }

    public record UnreadCount(long unread) {
    }
}
