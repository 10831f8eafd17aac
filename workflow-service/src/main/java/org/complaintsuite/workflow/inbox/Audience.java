package org.complaintsuite.workflow.inbox;

/** Whom an inbox item is addressed to. */
public enum Audience {
    /** One user: the case's assignee. */
    USER,
    /** Every member of a specialist group: the case is not assigned to anyone. */
    GROUP,
    /** The supervisors of a specialist group. */
    GROUP_SUPERVISORS,
    /** Everyone with a role, e.g. {@code ROLE:OPERATIONS}: alerts about the service rather than about a case's clock. */
    ROLE
}
