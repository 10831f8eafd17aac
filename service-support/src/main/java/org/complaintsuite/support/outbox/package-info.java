/**
 * The suite's one outbox: a service writes the events it must publish into a table in the same transaction as the
 * change they announce, and an {@link org.complaintsuite.support.outbox.Outbox} relays them to Kafka in bounded
 * batches (claim the rows, send them all, wait once for the broker, mark them published). Two guarantees, chosen per
 * outbox by its {@link org.complaintsuite.support.outbox.OutboxPublisher}: at least once
 * ({@link org.complaintsuite.support.outbox.AcknowledgedPublisher}, for consumers that are idempotent by event id or
 * keep the newest), and exactly once to {@code read_committed} consumers
 * ({@link org.complaintsuite.support.outbox.TransactionalPublisher}).
 */
@NullMarked
package org.complaintsuite.support.outbox;

import org.jspecify.annotations.NullMarked;
