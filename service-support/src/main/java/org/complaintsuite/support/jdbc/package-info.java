/** Helpers for set-based SQL written through JdbcClient. Plain classes, no Spring. */
@NullMarked
package org.complaintsuite.support.jdbc;

import org.jspecify.annotations.NullMarked;
