/** One case: what the complaint says, why it was flagged, its clocks and timeline, and a form per command. */
@NullMarked
package org.complaintsuite.console.cases;

import org.jspecify.annotations.NullMarked;
