package org.complaintsuite.support.kafka;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * A batch listener's poll, split at the first record that could not be read (the error-handling deserializer left its
 * value null and put the reason in a header): the values before it, to be handled, and that record's failure, to be
 * reported once they are ({@link #throwIfUnreadable}), so that the error handler dead-letters it and redelivers the
 * records after it.
 *
 * @param values     the readable values before the first unreadable record, in the poll's order
 * @param unreadable the first unreadable record's failure, naming its index; null when every record was readable
 */
public record ReadableBatch<T>(List<T> values, @Nullable BatchListenerFailedException unreadable) {

    private static final LogAccessor LOG = new LogAccessor(ReadableBatch.class);

    public static <T> ReadableBatch<T> of(List<ConsumerRecord<String, T>> records) {
        int readable = 0;
        while (readable < records.size() && records.get(readable).value() != null) {
            readable++;
        }
        List<T> values = records.subList(0, readable).stream().map(ConsumerRecord::value).toList();
        return new ReadableBatch<>(values, readable == records.size() ? null : failure(records.get(readable), readable));
    }

    /** Reports the unreadable record, if there was one: call it once the values before it are handled. */
    public void throwIfUnreadable() {
        if (unreadable != null) {
            throw unreadable;
        }
    }

    private static BatchListenerFailedException failure(ConsumerRecord<String, ?> record, int index) {
        DeserializationException reason = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        return reason != null ? new BatchListenerFailedException(reason.getMessage(), reason, index)
                : new BatchListenerFailedException("Record " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + " has no value", new IllegalArgumentException("no value"), index);
    }
}
