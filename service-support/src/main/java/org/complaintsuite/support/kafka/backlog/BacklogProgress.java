package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.Optional;

/**
 * How a consumer group's backlog on one topic moves between two readings: the records behind (consumer lag), how many it
 * took in since the last reading, and from both the rate and the time left at that rate. Plain arithmetic, so that
 * the log line it makes is tested without a broker.
 *
 * @param group    the consumer group
 * @param topic    the topic
 * @param lag      records behind the end of the topic (committed offsets to partition ends), summed over partitions
 * @param consumed records taken in since the previous reading
 * @param interval time since the previous reading
 */
public record BacklogProgress(String group, String topic, long lag, long consumed, Duration interval) {

    /** Records per second since the previous reading. */
    public double rate() {
        return interval.isZero() ? 0 : consumed * 1000.0 / interval.toMillis();
    }

    /** Time left at the current rate; empty while nothing is being taken in. */
    public Optional<Duration> eta() {
        double rate = rate();
        return rate < 0.5 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(lag / rate)));
    }

    /** The log line: "… 45,210 records behind on complaints.received, taking 1,230/s: about 37 s to go". */
    public String describe() {
        return "Consumer group %s is %,d records behind on %s, taking %,.0f/s: %s".formatted(group, lag, topic, rate(),
                eta().map(left -> "about " + human(left) + " to go").orElse("not moving"));
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return "%d min %d s".formatted(seconds / 60, seconds % 60);
        }
        return "%d h %d min".formatted(seconds / 3600, seconds % 3600 / 60);
    }
}
