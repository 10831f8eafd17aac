package org.complaintsuite.support.outbox;

/**
 * One event waiting in an outbox.
 *
 * @param id    what the outbox knows the row by, to mark it published
 * @param topic where it is published
 * @param key   the record key: the complaint's ordering key
 * @param value the event, serialized by the publisher's template
 */
public record OutboxEntry<I>(I id, String topic, String key, Object value) {
}
