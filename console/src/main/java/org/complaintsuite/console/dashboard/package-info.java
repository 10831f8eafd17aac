/** The operations dashboard: the SLA figures of a period, refreshing by itself. */
@NullMarked
package org.complaintsuite.console.dashboard;

import org.jspecify.annotations.NullMarked;
