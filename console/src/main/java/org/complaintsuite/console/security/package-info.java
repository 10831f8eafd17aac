/** Sign-in (form login locally, OIDC in production) and the bearer tokens the console calls the services with. */
@NullMarked
package org.complaintsuite.console.security;

import org.jspecify.annotations.NullMarked;
