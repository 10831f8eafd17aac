package org.complaintsuite.workflow.security;

/** The roles a token may carry (claim {@code roles}), without Spring's {@code ROLE_} prefix. */
public final class Roles {

    /** Works cases: reads them, records contacts and notes, resolves them, takes a case for themselves. */
    public static final String AGENT = "AGENT";

    /** Everything an agent does, plus assigning cases to others and reading the metrics. */
    public static final String SUPERVISOR = "SUPERVISOR";

    /** Runs the service: the working calendar and the metrics, no case data. */
    public static final String OPERATIONS = "OPERATIONS";

    private Roles() {
    }
}
