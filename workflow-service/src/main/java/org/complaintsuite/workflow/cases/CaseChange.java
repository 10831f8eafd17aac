package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a case's timeline: who changed what, when. Made by the case itself as it changes, appended to the
 * timeline in the same transaction.
 *
 * @param actor  the agent's user name, or the part of the system that made the change ({@code intake},
 *               {@code risk-scoring}, {@code calendar}, {@code sla})
 * @param detail the change's data, e.g. the previous and the new group
 */
public record CaseChange(Instant at, String actor, Type type, String description, Map<String, Object> detail) {

    public enum Type {
        OPENED, REPEAT_RECEIVED, ASSESSED, ROUTED, POLICY_APPLIED, DUE_DATES_RECOMPUTED, ASSIGNED, CONTACTED, NOTE,
        PAUSED, RESUMED, RESOLVED, CLOSED, WITHDRAWN, REOPENED, SATISFACTION_RECORDED, SLA_ALERT, TRANSFERRED,
        PROXY_REVIEWED, MERGED, MERGE_RECEIVED, REGULATOR_EXTENSION_REQUESTED, REGULATOR_EXTENSION_REJECTED,
        REGULATOR_DEADLINE_EXTENDED, PERSONAL_DATA_PURGED, ASSESSMENT_FAILED, ASSESSMENT_FAILURE_CLEARED
    }

    public CaseChange {
        detail = Map.copyOf(detail);
    }

    /** Key-value pairs for a change's detail, null values left out, values as strings (flags stay booleans). */
    public static Map<String, Object> detail(Object... pairs) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                detail.put((String) pairs[i], pairs[i + 1] instanceof Boolean flag ? flag : String.valueOf(pairs[i + 1]));
            }
        }
        return detail;
    }

    /** A value that changed, for a change's detail. */
    static Map<String, Object> fromTo(Object from, Object to) {
        return Map.of("from", String.valueOf(from), "to", String.valueOf(to));
    }
}
