/** Which years' official holiday schedules are loaded and which are missing. */
@NullMarked
package org.complaintsuite.console.calendar;

import org.jspecify.annotations.NullMarked;
