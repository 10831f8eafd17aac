/** The client of workflow-service's API: its answers as records, its problems as exceptions. */
@NullMarked
package org.complaintsuite.console.workflow;

import org.jspecify.annotations.NullMarked;
