package org.complaintsuite.console.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The inbox page: its items, newest first, and how many are unread. */
public record InboxView(List<Row> rows, long unread, boolean unreadOnly, int page, int totalPages,
        long totalElements) {

    public record Row(String id, String complaintId, String shortId, @Nullable String kind, @Nullable String clock,
            @Nullable String threshold, @Nullable String audience, @Nullable String group,
            @Nullable String assignee, String passedAt, String dueAt, String createdAt, boolean read) {
    }
}
