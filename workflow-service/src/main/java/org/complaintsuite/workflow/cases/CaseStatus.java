package org.complaintsuite.workflow.cases;

/** Where a case is in its life. */
public enum CaseStatus {
    RECEIVED, ASSIGNED, CONTACTED, RESOLVED, CLOSED, WITHDRAWN, REOPENED
}
