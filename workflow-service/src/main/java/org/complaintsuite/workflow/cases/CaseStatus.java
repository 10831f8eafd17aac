package org.complaintsuite.workflow.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its life, and where it may go from there:
 * <pre>
 * RECEIVED → ASSIGNED → CONTACTED → RESOLVED → CLOSED
 *     ↘________↘___________↘ WITHDRAWN      ↘ REOPENED (dissatisfied) → ASSIGNED / CONTACTED / RESOLVED
 * </pre>
 * A case is resolved only after the customer was contacted; a withdrawn case is final; a resolved or closed case is
 * reopened when the customer is not satisfied.
 */
public enum CaseStatus {
    RECEIVED, ASSIGNED, CONTACTED, RESOLVED, CLOSED, WITHDRAWN, REOPENED;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ASSIGNED, CONTACTED, WITHDRAWN);
            case ASSIGNED -> EnumSet.of(ASSIGNED, CONTACTED, WITHDRAWN);
            case CONTACTED -> EnumSet.of(RESOLVED, WITHDRAWN);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(ASSIGNED, CONTACTED, RESOLVED, WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Whether work on the case is over (its clocks stop). */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
