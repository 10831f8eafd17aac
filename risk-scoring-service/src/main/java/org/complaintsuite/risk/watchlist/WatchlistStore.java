package org.complaintsuite.risk.watchlist;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.risk.links.Identifier;

/** Identifiers operations have marked as belonging to a proxy agency. */
@Repository
public class WatchlistStore {

    private final JdbcClient jdbc;

    public WatchlistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry; {@code value} as the link store holds it (E.164 phone, lower-case e-mail, folded address or name). */
    public record Entry(Identifier.Kind type, String value, String reason, Instant addedAt) {
    }

    public List<Entry> all() {
        return jdbc.sql("SELECT kind, value, reason, added_at FROM watchlist_entry ORDER BY added_at, kind, value")
                .query((rs, n) -> new Entry(Identifier.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Adds the entry, or replaces the reason of an entry already there. */
    public Entry put(Identifier.Kind type, String value, String reason, Instant now) {
        jdbc.sql("""
                INSERT INTO watchlist_entry (kind, value, reason, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, value) DO UPDATE SET reason = EXCLUDED.reason""")
                .params(type.name(), value, reason, Timestamp.from(now)).update();
        return jdbc.sql("SELECT kind, value, reason, added_at FROM watchlist_entry WHERE kind = ? AND value = ?")
                .params(type.name(), value)
                .query((rs, n) -> new Entry(type, value, rs.getString(3), rs.getTimestamp(4).toInstant()))
                .single();
    }

    public boolean remove(Identifier.Kind type, String value) {
        return jdbc.sql("DELETE FROM watchlist_entry WHERE kind = ? AND value = ?").params(type.name(), value)
                .update() > 0;
    }
}
