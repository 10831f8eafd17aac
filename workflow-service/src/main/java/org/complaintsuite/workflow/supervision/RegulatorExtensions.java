package org.complaintsuite.workflow.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Requests to extend a regulator deadline and their decisions (table {@code regulator_extension}). */
@Repository
public class RegulatorExtensions {

    private final JdbcClient jdbc;

    RegulatorExtensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request, decided or not. */
    public record Request(long id, int days, String reason, String requestedBy, Instant requestedAt) {
    }

    /** The period in force and the request waiting for a decision, if any. */
    public record State(int days, @Nullable Request pending) {
    }

    public State state(String complaintId) {
        int days = jdbc.sql("""
                SELECT coalesce(max(days), :base) FROM regulator_extension
                WHERE complaint_id = :id AND approved""")
                .param("id", complaintId).param("base", RegulatorExtensionRule.STEPS.getFirst())
                .query(Integer.class).single();
        return new State(days, pending(complaintId).orElse(null));
    }

    public Optional<Request> pending(String complaintId) {
        return jdbc.sql("""
                SELECT id, days, reason, requested_by, requested_at FROM regulator_extension
                WHERE complaint_id = :id AND decided_at IS NULL""")
                .param("id", complaintId)
                .query(RegulatorExtensions::request)
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void request(String complaintId, int days, String reason, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO regulator_extension (complaint_id, days, reason, requested_by, requested_at)
                VALUES (:id, :days, :reason, :by, :at)""")
                .param("id", complaintId).param("days", days).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(long requestId, boolean approved, String reason, String by, Instant at) {
        jdbc.sql("""
                UPDATE regulator_extension
                SET approved = :approved, decision_reason = :reason, decided_by = :by, decided_at = :at
                WHERE id = :id AND decided_at IS NULL""")
                .param("id", requestId).param("approved", approved).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Request request(ResultSet rs, int row) throws SQLException {
        return new Request(rs.getLong("id"), rs.getInt("days"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant());
    }
}
