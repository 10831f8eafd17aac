package org.complaintsuite.workflow.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * The inbox tables (migration V7). A reader's items are those whose {@code address} is one of
 * {@link InboxReader#addresses()}: who sees what is decided there, in one place, and only matched here.
 */
@Repository
class InboxStore {

    /** The channel of {@code pg_notify}: the payload is the {@code inbox_alert} id whose items were stored. */
    static final String CHANNEL = "workflow_inbox";

    private static final String ITEM_COLUMNS = """
            SELECT i.id, a.event_id, a.complaint_id, a.clock, a.threshold, a.kind, i.audience, i.recipient,
                   a.assigned_group, a.assignee, a.passed_at, a.due_at, i.created_at, a.reason,
                   EXISTS (SELECT 1 FROM inbox_read r WHERE r.item_id = i.id AND r.reader = :reader) AS read
            FROM inbox_item i JOIN inbox_alert a ON a.id = i.alert_id
            """;

    private static final String UNREAD = "NOT EXISTS (SELECT 1 FROM inbox_read r WHERE r.item_id = i.id "
            + "AND r.reader = :reader)";

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the alert unless it was consumed before; returns its row id when it is new. */
    Optional<Long> recordAlert(SlaAlertRaised alert, Instant now) {
        return jdbc.sql("""
                INSERT INTO inbox_alert (event_id, complaint_id, clock, threshold, kind, assigned_group, assignee,
                                         passed_at, due_at, occurred_at, received_at)
                VALUES (:eventId, :complaintId, :clock, :threshold, :kind, :group, :assignee, :passedAt, :dueAt,
                        :occurredAt, :now)
                ON CONFLICT (event_id) DO NOTHING
                RETURNING id""")
                .param("eventId", alert.eventId())
                .param("complaintId", alert.complaintId())
                .param("clock", alert.clock().name())
                .param("threshold", alert.threshold())
                .param("kind", alert.kind().name())
                .param("group", alert.group())
                .param("assignee", alert.assignee())
                .param("passedAt", Timestamp.from(alert.passedAt()))
                .param("dueAt", Timestamp.from(alert.dueAt()))
                .param("occurredAt", Timestamp.from(alert.occurredAt()))
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** Records an operations alert (no clock, threshold or due time) unless its event id was recorded before. */
    Optional<Long> recordOperationsAlert(UUID eventId, String kind, @Nullable String complaintId, String reason,
            @Nullable String group, Instant now) {
        return jdbc.sql("""
                INSERT INTO inbox_alert (event_id, complaint_id, kind, reason, assigned_group, occurred_at, received_at)
                VALUES (:eventId, :complaintId, :kind, :reason, :group, :now, :now)
                ON CONFLICT (event_id) DO NOTHING
                RETURNING id""")
                .param("eventId", eventId)
                .param("complaintId", complaintId)
                .param("kind", kind)
                .param("reason", reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…")
                .param("group", group, Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    void addItem(long alertRowId, Address address, Instant now) {
        jdbc.sql("""
                INSERT INTO inbox_item (alert_id, audience, recipient, created_at)
                VALUES (:alertId, :audience, :recipient, :now)""")
                .param("alertId", alertRowId)
                .param("audience", address.audience().name())
                .param("recipient", address.recipient())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Tells every instance listening that this alert's items exist; PostgreSQL sends it when the transaction commits. */
    void notifyStored(long alertRowId) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", Long.toString(alertRowId))
                .query((rs, row) -> row).list();
    }

    /** A page of the reader's items, newest first. */
    List<InboxItem> page(InboxReader reader, boolean unreadOnly, int page, int size) {
        return jdbc.sql(ITEM_COLUMNS + "WHERE i.address IN (:addresses)" + (unreadOnly ? " AND " + UNREAD : "")
                        + " ORDER BY i.created_at DESC, i.id DESC LIMIT :size OFFSET :offset")
                .param("reader", reader.user())
                .param("addresses", reader.addresses())
                .param("size", size)
                .param("offset", (long) page * size)
                .query(InboxStore::item).list();
    }

    long count(InboxReader reader, boolean unreadOnly) {
        return jdbc.sql("SELECT count(*) FROM inbox_item i WHERE i.address IN (:addresses)"
                        + (unreadOnly ? " AND " + UNREAD : ""))
                .param("reader", reader.user())
                .param("addresses", reader.addresses())
                .query(Long.class).single();
    }

    boolean visible(InboxReader reader, long itemId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inbox_item i WHERE i.id = :id AND i.address IN (:addresses))")
                .param("id", itemId)
                .param("addresses", reader.addresses())
                .query(Boolean.class).single();
    }

    void markRead(InboxReader reader, long itemId, Instant now) {
        jdbc.sql("""
                INSERT INTO inbox_read (item_id, reader, read_at) VALUES (:id, :reader, :now)
                ON CONFLICT DO NOTHING""")
                .param("id", itemId)
                .param("reader", reader.user())
                .param("now", Timestamp.from(now))
                .update();
    }

    int markAllRead(InboxReader reader, Instant now) {
        return jdbc.sql("INSERT INTO inbox_read (item_id, reader, read_at) SELECT i.id, :reader, :now "
                        + "FROM inbox_item i WHERE i.address IN (:addresses) AND " + UNREAD
                        + " ON CONFLICT DO NOTHING")
                .param("reader", reader.user())
                .param("addresses", reader.addresses())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The items of one alert, as new (unread) items. */
    List<InboxItem> itemsOfAlert(long alertRowId) {
        return jdbc.sql(ITEM_COLUMNS + "WHERE i.alert_id = :alertId ORDER BY i.id")
                .param("reader", "")
                .param("alertId", alertRowId)
                .query(InboxStore::item).list();
    }

    /** The alerts stored after this one (by row id), oldest first: what a reconnected listener may have missed. */
    List<Long> alertsAfter(long alertRowId, int limit) {
        return jdbc.sql("SELECT id FROM inbox_alert WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", alertRowId)
                .param("limit", limit)
                .query(Long.class).list();
    }

    long lastAlertId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM inbox_alert").query(Long.class).single();
    }

    private static InboxItem item(ResultSet rs, int row) throws SQLException {
        String clock = rs.getString("clock");
        return new InboxItem(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("complaint_id"),
                clock == null ? null : SlaAlertRaised.Clock.valueOf(clock), rs.getObject("threshold", Integer.class),
                rs.getString("kind"), Audience.valueOf(rs.getString("audience")),
                rs.getString("recipient"), rs.getString("assigned_group"), rs.getString("assignee"),
                instant(rs, "passed_at"), instant(rs, "due_at"), instant(rs, "created_at"), rs.getString("reason"),
                rs.getBoolean("read"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
