package org.complaintsuite.workflow.deadletters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code dead_letter} table (migration V8). */
@Repository
class DeadLetterStore {

    private static final String COLUMNS = """
            SELECT id, topic, original_partition, original_offset, dlt_topic, dlt_partition, dlt_offset,
                   consumer_group, record_key, exception_class, exception_cause_class, exception_message, received_at,
                   replayed_at, replayed_by, replay_count""";

    /** What is stored of a dead-letter record. */
    record Received(String deadLetterTopic, int deadLetterPartition, long deadLetterOffset, String topic,
            @Nullable Integer partition, @Nullable Long offset, @Nullable String consumerGroup, @Nullable String key,
            byte @Nullable [] value, @Nullable String exceptionClass, @Nullable String exceptionCauseClass,
            @Nullable String exceptionMessage) {
    }

    /** The record as a replay sends it. */
    record Original(String topic, @Nullable String key, byte @Nullable [] value) {
    }

    private final JdbcClient jdbc;

    DeadLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the dead letter unless it was read before (same dead-letter topic, partition and offset). */
    Optional<Long> insert(Received letter, Instant now) {
        return jdbc.sql("""
                INSERT INTO dead_letter (dlt_topic, dlt_partition, dlt_offset, topic, original_partition,
                                         original_offset, consumer_group, record_key, value, exception_class,
                                         exception_cause_class, exception_message, received_at)
                VALUES (:dltTopic, :dltPartition, :dltOffset, :topic, :partition, :offset, :group, :key, :value,
                        :exceptionClass, :causeClass, :message, :now)
                ON CONFLICT (dlt_topic, dlt_partition, dlt_offset) DO NOTHING
                RETURNING id""")
                .param("dltTopic", letter.deadLetterTopic())
                .param("dltPartition", letter.deadLetterPartition())
                .param("dltOffset", letter.deadLetterOffset())
                .param("topic", letter.topic())
                .param("partition", letter.partition())
                .param("offset", letter.offset())
                .param("group", truncate(letter.consumerGroup(), 255))
                .param("key", truncate(letter.key(), 1000))
                .param("value", letter.value())
                .param("exceptionClass", truncate(letter.exceptionClass(), 500))
                .param("causeClass", truncate(letter.exceptionCauseClass(), 500))
                .param("message", truncate(letter.exceptionMessage(), 4000))
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    List<DeadLetter> page(@Nullable String topic, @Nullable Boolean pending, int page, int size) {
        return jdbc.sql(COLUMNS + " FROM dead_letter WHERE " + where(topic, pending)
                        + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                .param("topic", topic)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> letter(rs, null)).list();
    }

    long count(@Nullable String topic, @Nullable Boolean pending) {
        return jdbc.sql("SELECT count(*) FROM dead_letter WHERE " + where(topic, pending))
                .param("topic", topic)
                .query(Long.class).single();
    }

    List<DeadLetter.TopicCount> topics() {
        return jdbc.sql("""
                SELECT topic, count(*) AS total, count(*) FILTER (WHERE replayed_at IS NULL) AS pending
                FROM dead_letter GROUP BY topic ORDER BY topic""")
                .query((rs, row) -> new DeadLetter.TopicCount(rs.getString("topic"), rs.getLong("total"),
                        rs.getLong("pending"))).list();
    }

    Map<String, Long> pendingByTopic() {
        return topics().stream().collect(Collectors.toMap(DeadLetter.TopicCount::topic, DeadLetter.TopicCount::pending));
    }

    /** The dead letter with its stored value, for {@code readable} to turn into text a person may read. */
    Optional<DeadLetter> find(long id, Function<byte @Nullable [], @Nullable String> readable) {
        return jdbc.sql(COLUMNS + ", value FROM dead_letter WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> letter(rs, readable.apply(rs.getBytes("value")))).optional();
    }

    /**
     * Marks the dead letter replayed unless it was replayed before, and returns the record to send. The row stays
     * locked until the transaction ends: two replays of one dead letter at once send it once.
     */
    Optional<Original> claimReplay(long id, String by, Instant now) {
        return jdbc.sql("""
                UPDATE dead_letter SET replayed_at = :now, replayed_by = :by, replay_count = replay_count + 1
                WHERE id = :id AND replayed_at IS NULL
                RETURNING topic, record_key, value""")
                .param("id", id)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Original(rs.getString("topic"), rs.getString("record_key"),
                        rs.getBytes("value"))).optional();
    }

    private static String where(@Nullable String topic, @Nullable Boolean pending) {
        String where = topic == null ? "TRUE" : "topic = :topic";
        if (pending != null) {
            where += pending ? " AND replayed_at IS NULL" : " AND replayed_at IS NOT NULL";
        }
        return where;
    }

    private static DeadLetter letter(ResultSet rs, @Nullable String value) throws SQLException {
        Timestamp replayed = rs.getTimestamp("replayed_at");
        return new DeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getObject("original_partition", Integer.class),
                rs.getObject("original_offset", Long.class), rs.getString("dlt_topic"), rs.getInt("dlt_partition"),
                rs.getLong("dlt_offset"), rs.getString("consumer_group"), rs.getString("record_key"),
                rs.getString("exception_class"), rs.getString("exception_cause_class"),
                rs.getString("exception_message"), value, rs.getTimestamp("received_at").toInstant(),
                replayed == null ? null : replayed.toInstant(), rs.getString("replayed_by"), rs.getInt("replay_count"));
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
