package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.LoggerFactory;

/**
 * Writes records to a topic as fast as one producer goes, with {@code acks=all} and idempotence (as the services'
 * producers), Kafka's default batching otherwise. Counts what the broker acknowledged.
 */
final class TopicWriter implements AutoCloseable {

    /** What a run wrote: records acknowledged and failed, and the time from the first send to the last answer. */
    record Written(long acknowledged, long failed, Duration elapsed) {

        double rate() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds <= 0 ? Double.NaN : acknowledged / seconds;
        }
    }

    private final KafkaProducer<String, byte[]> producer;

    TopicWriter(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "pipeline-benchmark");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code count} records made by {@code records} (from index 0), then waits for every answer. */
    Written writeAll(long count, LongFunction<ProducerRecord<String, byte[]>> records) {
        return write(records, index -> index < count);
    }

    /** Sends records for {@code duration}, then waits for every answer. */
    Written writeFor(Duration duration, LongFunction<ProducerRecord<String, byte[]>> records) {
        long end = System.nanoTime() + duration.toNanos();
        return write(records, index -> System.nanoTime() < end);
    }

    private Written write(LongFunction<ProducerRecord<String, byte[]>> records,
            LongPredicate more) {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        for (long index = 0; more.test(index); index++) {
            producer.send(records.apply(index), (metadata, exception) -> {
                if (exception == null) {
                    acknowledged.incrementAndGet();
                }
                else {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, exception);
                }
                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            });
        }
        producer.flush();
        if (firstFailure.get() != null) {
            LoggerFactory.getLogger(TopicWriter.class).warn("{} record(s) failed, the first: {}", failed.get(), firstFailure.get().toString());
        }
        return new Written(acknowledged.get(), failed.get(), Duration.ofNanos(lastAnswer.get() - start));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
