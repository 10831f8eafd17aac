package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.support.jdbc.Columns;
import org.complaintsuite.support.text.StorableText;

/** The append-only timeline of every case (table {@code case_event}; the database refuses updates and deletes). */
@Repository
public class CaseTimeline {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseTimeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An entry as read back. */
    public record Entry(long id, Instant at, String actor, CaseChange.Type type, String description,
            Map<String, Object> detail) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String complaintId, List<CaseChange> changes) {
        appendAll(Map.of(complaintId, changes));
    }

    /** The changes of several cases, by complaint id: one multi-row insert. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(Map<String, List<CaseChange>> changesByCase) {
        var rows = new Columns(6);
        changesByCase.forEach((complaintId, changes) -> changes.forEach(change -> rows.add(complaintId,
                change.at().toString(), change.actor(), change.type().name(),
                StorableText.of(truncate(change.description())),
                StorableText.json(json.writeValueAsString(change.detail())))));
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO case_event (complaint_id, occurred_at, actor, type, description, detail)
                SELECT id, CAST(at AS timestamptz), actor, type, description, CAST(detail AS jsonb)
                FROM unnest(CAST(:c0 AS text[]), CAST(:c1 AS text[]), CAST(:c2 AS text[]), CAST(:c3 AS text[]),
                            CAST(:c4 AS text[]), CAST(:c5 AS text[])) AS r(id, at, actor, type, description, detail)""")
                .params(rows.arrays())
                .update();
    }

    public List<Entry> of(String complaintId) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, type, description, detail::text AS detail
                FROM case_event WHERE complaint_id = :complaintId ORDER BY id""")
                .param("complaintId", complaintId)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), CaseChange.Type.valueOf(rs.getString("type")),
                        rs.getString("description"), json.readValue(rs.getString("detail"), DETAIL)))
                .list();
    }

    private static String truncate(String description) {
        return description.length() <= 2000 ? description : description.substring(0, 1999) + "…";
    }
}
