/**
 * SLA alerts: warnings at the configured shares of a clock's allowed time and a breach at its due time, raised once
 * per case, clock and threshold, and published to {@code sla.alerts} exactly once through an outbox and Kafka
 * transactions.
 */
@NullMarked
package org.complaintsuite.workflow.alerts;

import org.jspecify.annotations.NullMarked;
