package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.workflow.routing.SpecialistGroup;

/** The cases a case is linked to: the repeats of one customer, merged duplicates, and the same proxy ring. */
@Repository
class RelatedCases {

    /** The most cases of the same ring one case lists (a ring may have hundreds). */
    static final int MAX_SAME_RING = 20;

    private final JdbcClient jdbc;

    RelatedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a related case is related to the one read. */
    enum Relation {
        /** The earlier open case this one repeats. */
        REPEAT_OF,
        /** A later complaint that repeats this one. */
        REPEATED_BY,
        /** The case this one was merged into. */
        MERGED_INTO,
        /** A duplicate merged into this one. */
        MERGED_FROM,
        /** Another complaint of the proxy ring this one belongs to. */
        SAME_RING
    }

    record Related(String complaintId, Relation relation, CaseStatus status, SpecialistGroup group,
            Instant receivedAt) {
    }

    List<Related> of(ComplaintCase c, @Nullable String ringId) {
        List<Related> related = new ArrayList<>();
        if (c.getRepeatOf() != null) {
            related.addAll(read("complaint_id = :value", c.getRepeatOf(), Relation.REPEAT_OF, 1));
        }
        related.addAll(read("repeat_of = :value", c.getComplaintId(), Relation.REPEATED_BY, MAX_SAME_RING));
        if (c.getMergedInto() != null) {
            related.addAll(read("complaint_id = :value", c.getMergedInto(), Relation.MERGED_INTO, 1));
        }
        related.addAll(read("merged_into = :value", c.getComplaintId(), Relation.MERGED_FROM, MAX_SAME_RING));
        if (ringId != null) {
            related.addAll(jdbc.sql("""
                    SELECT c.complaint_id, c.status, c.assigned_group, c.received_at
                    FROM risk_assessment r JOIN complaint_case c ON c.complaint_id = r.complaint_id
                    WHERE r.ring_id = :ring AND r.complaint_id <> :self
                    ORDER BY c.received_at DESC, c.complaint_id LIMIT :limit""")
                    .param("ring", ringId).param("self", c.getComplaintId()).param("limit", MAX_SAME_RING)
                    .query((rs, row) -> related(rs, Relation.SAME_RING))
                    .list());
        }
        return related;
    }

    private List<Related> read(String condition, String value, Relation relation, int limit) {
        return jdbc.sql("SELECT complaint_id, status, assigned_group, received_at FROM complaint_case WHERE "
                        + condition + " ORDER BY received_at, complaint_id LIMIT :limit")
                .param("value", value).param("limit", limit)
                .query((rs, row) -> related(rs, relation))
                .list();
    }

    private static Related related(java.sql.ResultSet rs, Relation relation) throws java.sql.SQLException {
        return new Related(rs.getString("complaint_id"), relation, CaseStatus.valueOf(rs.getString("status")),
                SpecialistGroup.valueOf(rs.getString("assigned_group")), rs.getTimestamp("received_at").toInstant());
    }
}
