/**
 * Care tasks (关怀工单) of the proactive group: an ordinary service contact likely to become a complaint, reviewed
 * within 30 minutes and handled within 24 hours (docs/prevention.md).
 */
@NullMarked
package org.complaintsuite.workflow.care;

import org.jspecify.annotations.NullMarked;
