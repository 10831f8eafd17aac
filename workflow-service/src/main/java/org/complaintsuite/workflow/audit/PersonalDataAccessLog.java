package org.complaintsuite.workflow.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read which case's personal data, and when (table {@code personal_data_access}, append-only). A read is recorded
 * before its answer leaves the service: when the record cannot be written, the personal data is not served.
 */
@Repository
public class PersonalDataAccessLog {

    /** The largest page of the log one request reads. */
    public static final int MAX_PAGE_SIZE = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataAccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What was done with the personal data. */
    public enum Action {
        /** The case was read with its complainant and content. */
        READ_CASE,
        /** A command's answer carried the case with its complainant and content. */
        CHANGE_CASE,
        /** A care task was read with the contact's words and phone (its id is the contact's). */
        READ_CARE_TASK,
        /** A quality finding was read with the agent's words (its id is the conversation's: complaint or contact). */
        READ_QUALITY_FINDING,
        /** The contacts linked to a complaint were read with what the customer said in them. */
        READ_LINKED_CONTACTS
    }

    /** One access. */
    public record Access(long id, String complaintId, String actor, Action action, Instant accessedAt) {
    }

    @Transactional
    public void record(String complaintId, String actor, Action action) {
        jdbc.sql("""
                INSERT INTO personal_data_access (complaint_id, actor, action, accessed_at)
                VALUES (:complaintId, :actor, :action, :at)""")
                .param("complaintId", complaintId)
                .param("actor", actor)
                .param("action", action.name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The accesses matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<Access> find(@Nullable String complaintId, @Nullable String actor, @Nullable Instant from,
            @Nullable Instant to, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (complaintId != null) {
            conditions.add("complaint_id = :complaintId");
            params.put("complaintId", complaintId);
        }
        if (actor != null) {
            conditions.add("actor = :actor");
            params.put("actor", actor);
        }
        if (from != null) {
            conditions.add("accessed_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            conditions.add("accessed_at < :to");
            params.put("to", Timestamp.from(to));
        }
        params.put("limit", Math.min(size, MAX_PAGE_SIZE));
        params.put("offset", (long) page * Math.min(size, MAX_PAGE_SIZE));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT id, complaint_id, actor, action, accessed_at FROM personal_data_access" + where
                        + " ORDER BY accessed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new Access(rs.getLong("id"), rs.getString("complaint_id"), rs.getString("actor"),
                        Action.valueOf(rs.getString("action")), rs.getTimestamp("accessed_at").toInstant()))
                .list();
    }
}
