/** Every service stops within 10 seconds of SIGTERM, without losing or half-applying a record (issue 11). */
@NullMarked
package org.complaintsuite.support.shutdown;

import org.jspecify.annotations.NullMarked;
