package org.complaintsuite.console.security;

import org.springframework.security.core.Authentication;

/**
 * The bearer token the console calls workflow-service with on behalf of a signed-in user. Tokens stay on the server:
 * no page and no script ever sees one.
 */
public interface ServiceTokens {

    String bearerFor(Authentication user);
}
