/** My queue: the cases an agent works, most urgent first, with a live countdown. */
@NullMarked
package org.complaintsuite.console.queue;

import org.jspecify.annotations.NullMarked;
