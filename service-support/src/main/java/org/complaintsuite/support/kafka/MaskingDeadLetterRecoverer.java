package org.complaintsuite.support.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import org.complaintsuite.support.text.IdNumbers;

/**
 * Dead-letters a record with every resident ID number in its value and headers masked. A raw regulator transfer
 * carries the complainant's ID number in clear; a dead-letter topic is kept long and read by operators, so the number
 * must not reach it (domain brief §8). The value is published as bytes: a deserialization failure's original bytes,
 * anything else as the JSON the dead-letter template would have written, each with the numbers masked. Bytes with no
 * ID number in them are published untouched, so binary or non-UTF-8 values are not altered.
 * <p>
 * Phones and names are left as they are: the value is what operations replay after a fix, and a replayed complaint
 * with a masked phone would be linked to every other customer whose phone masks alike. The exception headers (the
 * reason) are kept, masked alike.
 */
public class MaskingDeadLetterRecoverer extends DeadLetterPublishingRecoverer {

    private final JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>().noTypeInfo();

    public MaskingDeadLetterRecoverer(KafkaOperations<?, ?> template) {
        super(template);
    }

    /** Dead-letters the record with the reason it failed, not the wrapper a batch listener reported it in. */
    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
        super.accept(record, consumer, reason(exception));
    }

    /**
     * The exception that made the record fail: a batch listener names the failed record with a
     * {@link BatchListenerFailedException} around it, and the container wraps that in a
     * {@link ListenerExecutionFailedException}; the exception headers (and the dead-letter store that reads them) must
     * name the cause, as they do for a record listener.
     */
    static Exception reason(Exception exception) {
        Throwable reported = exception instanceof ListenerExecutionFailedException ? exception.getCause() : exception;
        if (reported instanceof BatchListenerFailedException batch && batch.getCause() instanceof Exception cause) {
            // the container's wrapper stays on top, as for a record listener
            return exception instanceof ListenerExecutionFailedException listener
                    ? new ListenerExecutionFailedException(listener.getMessage(), listener.getGroupId(), cause)
                    : cause;
        }
        return exception;
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
            TopicPartition topicPartition, Headers headers, byte @Nullable [] key, byte @Nullable [] value) {
        maskHeaders(headers);
        Object recordKey = key != null ? new String(key, StandardCharsets.UTF_8) : record.key();
        byte[] bytes = value != null ? value : bytes(record.topic(), record.value());
        return new ProducerRecord<>(topicPartition.topic(),
                topicPartition.partition() < 0 ? null : topicPartition.partition(), recordKey,
                bytes == null ? null : masked(bytes), headers);
    }

    private byte @Nullable [] bytes(String topic, @Nullable Object value) {
        return switch (value) {
            case null -> null;
            case byte[] raw -> raw;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            default -> json.serialize(topic, value);
        };
    }

    static byte[] masked(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String masked = IdNumbers.maskAll(text);
        return masked.equals(text) ? bytes : masked.getBytes(StandardCharsets.UTF_8);
    }

    private static void maskHeaders(Headers headers) {
        Header[] all = headers.toArray();
        boolean changed = false;
        Header[] masked = new Header[all.length];
        for (int i = 0; i < all.length; i++) {
            byte[] value = all[i].value();
            byte[] clean = value == null ? null : masked(value);
            changed |= clean != value;
            masked[i] = clean == value ? all[i] : new RecordHeader(
                    all[i].key(), clean);
        }
        if (changed) {
            Arrays.stream(all).map(Header::key).distinct().forEach(headers::remove);
            Arrays.stream(masked).forEach(headers::add);
        }
    }
}
