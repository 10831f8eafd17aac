/** The browser console of agents, supervisors and operations, over workflow-service's API. */
@NullMarked
package org.complaintsuite.console;

import org.jspecify.annotations.NullMarked;
