package org.complaintsuite.support.security;

import java.util.Arrays;

/**
 * The roles a token may carry in its {@code roles} claim, spelled exactly so: a token saying {@code "supervisor"}
 * carries no role at all, so that a typo or another system's lower-case convention never grants access by accident.
 */
public enum Role {

    /** Works cases: reads them, records contacts and notes, resolves them, reads risk assessments. */
    AGENT,

    /** Everything an agent does, plus assigning cases, changing the fraud watch list and reading metrics. */
    SUPERVISOR,

    /** Runs the suite: the working calendar, metrics and Prometheus, no case data. */
    OPERATIONS,

    /** A service account of a channel (the call-center front end, the app backend, the regulator gateway). */
    INTAKE;

    /** The authority Spring Security checks for this role ({@code hasRole}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The names of these roles, for {@code hasAnyRole}. */
    public static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
