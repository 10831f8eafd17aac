/** The alert inbox, and the live relay of workflow's alert stream to the browser. */
@NullMarked
package org.complaintsuite.console.inbox;

import org.jspecify.annotations.NullMarked;
