package org.complaintsuite.risk.watchlist;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.risk.links.Identifier;

/**
 * Identifiers supervisors have marked as belonging to a proxy agency, and every change to them: who, when, why. A
 * change and its record are one transaction, so the list never differs from what its history says.
 */
@Repository
public class WatchlistStore {

    private final JdbcClient jdbc;

    public WatchlistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry; {@code value} as the link store holds it (E.164 phone, lower-case e-mail, folded address or name). */
    public record Entry(Identifier.Kind type, String value, String reason, Instant addedAt) {
    }

    /** One change of the list, as recorded. */
    public record Change(long id, Instant at, String actor, Action action, Identifier.Kind type, String value,
            String reason) {
    }

    public enum Action {
        ADDED, REMOVED
    }

    /** The most recent changes first. */
    public static final int MAX_CHANGES = 500;

    public List<Entry> all() {
        return jdbc.sql("SELECT kind, value, reason, added_at FROM watchlist_entry ORDER BY added_at, kind, value")
                .query((rs, n) -> new Entry(Identifier.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Adds the entry, or replaces the reason of an entry already there; records who did it and why. */
    @Transactional
    public Entry put(Identifier.Kind type, String value, String reason, String actor, Instant now) {
        record(Action.ADDED, type, value, reason, actor, now);
        jdbc.sql("""
                INSERT INTO watchlist_entry (kind, value, reason, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, value) DO UPDATE SET reason = EXCLUDED.reason""")
                .params(type.name(), value, reason, Timestamp.from(now)).update();
        return jdbc.sql("SELECT kind, value, reason, added_at FROM watchlist_entry WHERE kind = ? AND value = ?")
                .params(type.name(), value)
                .query((rs, n) -> new Entry(type, value, rs.getString(3), rs.getTimestamp(4).toInstant()))
                .single();
    }

    /** Removes the entry if it is listed, recording who did it and why; false if it was not listed. */
    @Transactional
    public boolean remove(Identifier.Kind type, String value, String reason, String actor, Instant now) {
        boolean removed = jdbc.sql("DELETE FROM watchlist_entry WHERE kind = ? AND value = ?")
                .params(type.name(), value).update() > 0;
        if (removed) {
            record(Action.REMOVED, type, value, reason, actor, now);
        }
        return removed;
    }

    /** The latest {@code limit} changes (at most {@link #MAX_CHANGES}), newest first. */
    public List<Change> changes(int limit) {
        return jdbc.sql("""
                SELECT id, changed_at, actor, action, kind, value, reason FROM watchlist_change
                ORDER BY changed_at DESC, id DESC LIMIT ?""")
                .param(Math.min(limit, MAX_CHANGES))
                .query((rs, n) -> new Change(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        Action.valueOf(rs.getString(4)), Identifier.Kind.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private void record(Action action, Identifier.Kind type, String value, String reason, String actor,
            Instant now) {
        jdbc.sql("""
                INSERT INTO watchlist_change (changed_at, actor, action, kind, value, reason)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(now), actor, action.name(), type.name(), value, reason).update();
    }
}
