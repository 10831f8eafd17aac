package org.complaintsuite.workflow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.complaintsuite.workflow.calendar.CalendarDependents;

/** The open cases, as the calendar sees them: which run across a loaded year, and recomputing their due dates. */
@Component
class CasesOnCalendar implements CalendarDependents {

    private final CaseService cases;
    private final JdbcClient jdbc;

    CasesOnCalendar(CaseService cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> openCasesAcross(Instant from, Instant to, String after, int limit) {
        return jdbc.sql("""
                SELECT complaint_id FROM complaint_case
                WHERE status NOT IN ('CLOSED', 'WITHDRAWN') AND resolved_at IS NULL
                  AND ((resolution_base_due_at >= :from AND resolution_started_at < :to)
                       OR (regulator_due_at >= :from AND received_at < :to))
                  AND complaint_id > :after
                ORDER BY complaint_id LIMIT :limit""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("after", after)
                .param("limit", limit)
                .query(String.class).list();
    }

    @Override
    public boolean recomputeDueDates(String complaintId) {
        return cases.recomputeDueDates(complaintId);
    }
}
