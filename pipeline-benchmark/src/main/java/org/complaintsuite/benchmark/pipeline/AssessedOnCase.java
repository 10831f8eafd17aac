package org.complaintsuite.benchmark.pipeline;

/**
 * Where the time a complaint's assessment reached its case is read from. With {@code risk_assessment.applied_at}
 * (when workflow applied the assessment) that column; without it, the case's timeline: the {@code ASSESSED} event
 * workflow writes in the transaction that sets the case's escalation level, or the case's creation when the
 * assessment was there first and the case opened with it. Either way a database timestamp, not the benchmark's poll.
 */
enum AssessedOnCase {

    APPLIED_AT("workflow `risk_assessment.applied_at` (not before the case's `created_at`)",
            "GREATEST(c.created_at, r.applied_at)"),
    TIMELINE("workflow's timeline: the case's first `ASSESSED` event in `case_event`, else the case's `created_at` "
            + "when it opened already assessed",
            "COALESCE((SELECT min(e.occurred_at) FROM case_event e WHERE e.complaint_id = c.complaint_id "
                    + "AND e.type = 'ASSESSED'), c.created_at)");

    private final String description;
    private final String expression;

    AssessedOnCase(String description, String expression) {
        this.description = description;
        this.expression = expression;
    }

    static AssessedOnCase of(boolean appliedAtColumn) {
        return appliedAtColumn ? APPLIED_AT : TIMELINE;
    }

    String description() {
        return description;
    }

    /** Parameters: the earliest {@code received_at}, the {@code external_reference} pattern. */
    String query() {
        return "SELECT c.external_reference, c.created_at, r.assessed_at, "
                + "CASE WHEN c.escalation_level IS NULL THEN NULL ELSE " + expression + " END "
                + "FROM complaint_case c LEFT JOIN risk_assessment r ON r.complaint_id = c.complaint_id "
                + "WHERE c.received_at >= ? AND c.external_reference LIKE ?";
    }
}
