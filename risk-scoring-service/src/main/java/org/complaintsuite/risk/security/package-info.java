/** Who may read assessments and rings, change the watch list and analyse text, with the suite's tokens. */
@NullMarked
package org.complaintsuite.risk.security;

import org.jspecify.annotations.NullMarked;
