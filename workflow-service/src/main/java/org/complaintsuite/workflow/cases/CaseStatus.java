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
 * reopened when the customer is not satisfied. A supervisor merges a repeat into the customer's other case from any
 * state but a final one: MERGED is final, its clocks stop as at a withdrawal.
 */
public enum CaseStatus {
    RECEIVED, ASSIGNED, CONTACTED, RESOLVED, CLOSED, WITHDRAWN, REOPENED, MERGED;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ASSIGNED, CONTACTED, WITHDRAWN, MERGED);
            case ASSIGNED -> EnumSet.of(ASSIGNED, CONTACTED, WITHDRAWN, MERGED);
            case CONTACTED -> EnumSet.of(RESOLVED, WITHDRAWN, MERGED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED, MERGED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(ASSIGNED, CONTACTED, RESOLVED, WITHDRAWN, MERGED);
            case WITHDRAWN, MERGED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Whether work on the case is over (its clocks stop). */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN || this == MERGED;
    }

    /** Whether the case ended without a resolution, its open clocks stopped where they stood. */
    public boolean stopsClocks() {
        return this == WITHDRAWN || this == MERGED;
    }
}
