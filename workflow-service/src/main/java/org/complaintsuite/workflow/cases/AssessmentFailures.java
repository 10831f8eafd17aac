package org.complaintsuite.workflow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaints whose risk scoring was dead-lettered (table {@code assessment_failure}, migration V8): one row per
 * complaint while no assessment has arrived for it.
 */
@Repository
public class AssessmentFailures {

    /**
     * Why a complaint has no assessment.
     *
     * @param deadLetterId the dead letter to replay once the cause is fixed ({@code /api/v1/dead-letters/{id}})
     */
    public record Failure(String reason, Instant failedAt, @Nullable Long deadLetterId) {
    }

    private final JdbcClient jdbc;

    AssessmentFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the failure; a complaint already failed keeps its first failure. Returns whether it is new. */
    boolean record(String complaintId, Failure failure) {
        return jdbc.sql("""
                INSERT INTO assessment_failure (complaint_id, reason, failed_at, dead_letter_id)
                VALUES (:id, :reason, :at, :deadLetter) ON CONFLICT (complaint_id) DO NOTHING""")
                .param("id", complaintId)
                .param("reason", failure.reason().length() <= 1000 ? failure.reason()
                        : failure.reason().substring(0, 999) + "…")
                .param("at", Timestamp.from(failure.failedAt()))
                .param("deadLetter", failure.deadLetterId())
                .update() == 1;
    }

    /** Removes the complaint's failure, returning it if there was one. */
    Optional<Failure> clear(String complaintId) {
        return jdbc.sql("""
                DELETE FROM assessment_failure WHERE complaint_id = :id
                RETURNING reason, failed_at, dead_letter_id""")
                .param("id", complaintId)
                .query((rs, row) -> new Failure(rs.getString("reason"), rs.getTimestamp("failed_at").toInstant(),
                        rs.getObject("dead_letter_id", Long.class)))
                .optional();
    }

    public Optional<Failure> find(String complaintId) {
        return jdbc.sql("SELECT reason, failed_at, dead_letter_id FROM assessment_failure WHERE complaint_id = :id")
                .param("id", complaintId)
                .query((rs, row) -> new Failure(rs.getString("reason"), rs.getTimestamp("failed_at").toInstant(),
                        rs.getObject("dead_letter_id", Long.class)))
                .optional();
    }

    /** Which of these complaints have a failed assessment: one query for a page of the queue. */
    Set<String> failedAmong(Collection<String> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Set.of();
        }
        List<String> failed = jdbc.sql("SELECT complaint_id FROM assessment_failure WHERE complaint_id IN (:ids)")
                .param("ids", complaintIds)
                .query(String.class).list();
        return Set.copyOf(failed);
    }

    /** How many complaints have a failed assessment now (the gauge {@code workflow_cases_assessment_failed}). */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM assessment_failure").query(Long.class).single();
    }
}
