package org.complaintsuite.workflow.backlog;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the cases still waiting for risk scoring: a case is opened as soon as its complaint is received and gets its
 * escalation level with its first assessment (or with a supervisor's proxy review), so "no escalation level" is
 * "not assessed yet". One query on the partial index of V10, whose entries are only the waiting cases: cheap however
 * many cases the table holds.
 * <p>
 * Cases whose assessment failed for good (dead-lettered in risk scoring, table {@code assessment_failure}) are not a
 * backlog that catches up by itself: they are counted apart ({@code workflow_cases_assessment_failed}) and alerted
 * one by one, so this count leaves them out and means "still on its way".
 */
@Component
class UnassessedCases {

    private final JdbcClient jdbc;

    UnassessedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Backlog measure(Instant now) {
        return jdbc.sql("""
                SELECT count(*) AS waiting, min(created_at) AS oldest
                FROM complaint_case
                WHERE escalation_level IS NULL
                  AND NOT EXISTS (SELECT 1 FROM assessment_failure f WHERE f.complaint_id = complaint_case.complaint_id)""")
                .query((row, rowNumber) -> {
                    Timestamp oldest = row.getTimestamp("oldest");
                    return new Backlog(row.getLong("waiting"), oldest == null ? null : oldest.toInstant(), now);
                })
                .single();
    }
}
