/**
 * The alert inbox: SLA warnings and breaches from {@code sla.alerts}, addressed to the assignee, the group and the
 * group's supervisors, read per user over REST and live over server-sent events; and the outgoing webhook to
 * enterprise IM robots ({@code inbox.webhook}).
 */
@NullMarked
package org.complaintsuite.workflow.inbox;

import org.jspecify.annotations.NullMarked;
