/** Who may read and change cases: OAuth2 bearer tokens (JWT), roles from a claim, 401/403 as problem details. */
@NullMarked
package org.complaintsuite.workflow.security;

import org.jspecify.annotations.NullMarked;
