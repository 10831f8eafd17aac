package org.complaintsuite.console.queue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The queue page: its rows, the filters as chosen, and the paging. */
public record QueueView(List<Row> rows, Filters filters, int page, int totalPages, long totalElements,
        List<String> groups, List<String> statuses) {

    /**
     * A case in the queue; name and phone masked by workflow.
     *
     * @param nextDueEpochMillis what the countdown counts to, or null when no clock runs
     */
    public record Row(String complaintId, String shortId, String channel, String status, String group,
            @Nullable String assignee, @Nullable String customerName, @Nullable String customerPhone,
            @Nullable String escalationLevel, @Nullable String proxyLevel, String receivedAt,
            @Nullable String nextDueAt, @Nullable Long nextDueEpochMillis, boolean breached,
            @Nullable String repeatOf, boolean assessmentFailed) {
    }

    public record Filters(@Nullable String group, @Nullable String status, @Nullable String breached,
            boolean mine) {

        /** The query string of these filters on another page. */
        public String query(int page) {
            StringBuilder query = new StringBuilder("?page=").append(page);
            if (group != null) {
                query.append("&group=").append(group);
            }
            if (status != null) {
                query.append("&status=").append(status);
            }
            if (breached != null) {
                query.append("&breached=").append(breached);
            }
            if (mine) {
                query.append("&mine=true");
            }
            return query.toString();
        }
    }
}
