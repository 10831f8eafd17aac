/**
 * One identity for the suite: every service is an OAuth2 resource server that checks the same bearer tokens (the
 * identity provider's, or locally one HMAC secret), reads the same role names from the same claim, and answers 401
 * and 403 as problem details. Each service keeps its own endpoint rules.
 */
@NullMarked
package org.complaintsuite.support.security;

import org.jspecify.annotations.NullMarked;
