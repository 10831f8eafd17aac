/** Risk scoring: escalation risk and proxy (代理维权) risk of each complaint, each with its evidence. */
@NullMarked
package org.complaintsuite.risk;

import org.jspecify.annotations.NullMarked;
