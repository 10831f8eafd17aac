package org.complaintsuite.e2e;

import org.complaintsuite.testsupport.security.SuiteTestTokens;

/**
 * Bearer tokens for the services of the end-to-end suite, which are started with {@link #SECRET} as their local
 * token secret (SUITE_JWT_SECRET): HS256 JWTs as scripts/dev-token.sh mints them.
 */
public final class SuiteTokens {

    public static final String SECRET = "end-to-end-tests-only-suite-jwt-secret";

    private SuiteTokens() {
    }

    /** A token of {@code user} with one role, valid for an hour. */
    public static String of(String user, String role) {
        return SuiteTestTokens.signedWith(SECRET, user, role);
    }
}
