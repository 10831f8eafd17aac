/** Workflow: every complaint as a case with its SLA clocks and specialist group, in PostgreSQL. */
@NullMarked
package org.complaintsuite.workflow;

import org.jspecify.annotations.NullMarked;
