package org.complaintsuite.workflow.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schedules operations loaded at run time (table {@code calendar_year}). */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(int year, String document, Instant loadedAt, String loadedBy) {
    }

    List<Stored> all() {
        return jdbc.sql("SELECT year, document, loaded_at, loaded_by FROM calendar_year ORDER BY year")
                .query((rs, row) -> new Stored(rs.getInt("year"), rs.getString("document"),
                        rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by")))
                .list();
    }

    /** When a schedule was last loaded, by any instance: other instances reload when it moves. */
    Optional<Instant> lastLoadedAt() {
        return jdbc.sql("SELECT max(loaded_at) FROM calendar_year")
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional();
    }

    void save(int year, String document, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO calendar_year (year, document, loaded_at, loaded_by) VALUES (:year, :document, :at, :by)
                ON CONFLICT (year) DO UPDATE SET document = EXCLUDED.document, loaded_at = EXCLUDED.loaded_at,
                    loaded_by = EXCLUDED.loaded_by""")
                .param("year", year).param("document", document).param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .update();
    }
}
