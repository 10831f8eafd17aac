/** The proactive group's care tasks (关怀工单): the queue and one task with its decision and outcome forms. */
@NullMarked
package org.complaintsuite.console.care;

import org.jspecify.annotations.NullMarked;
