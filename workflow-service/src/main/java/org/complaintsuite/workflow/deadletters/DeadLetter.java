package org.complaintsuite.workflow.deadletters;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A record a consumer gave up on, as operations see it.
 *
 * @param id                 what {@code POST /api/v1/dead-letters/{id}/replay} takes
 * @param topic              the topic the record was consumed from, where a replay sends it back
 * @param deadLetterTopic    where it was dead-lettered, with its partition and offset there
 * @param consumerGroup      the consumer group that gave up on it
 * @param exceptionClass     the outermost exception, and {@code exceptionCauseClass} its root cause
 * @param exceptionMessage   the reason, ID numbers masked
 * @param value              the record's value as text, with ID numbers, phones and names masked for reading (a
 *                           replay sends the stored record, not this); only in {@code GET /api/v1/dead-letters/{id}}
 * @param replayedAt         when it was replayed, and by whom; null while pending
 */
public record DeadLetter(long id, String topic, @Nullable Integer partition, @Nullable Long offset,
        String deadLetterTopic, int deadLetterPartition, long deadLetterOffset, @Nullable String consumerGroup,
        @Nullable String key, @Nullable String exceptionClass, @Nullable String exceptionCauseClass,
        @Nullable String exceptionMessage, @Nullable String value, Instant receivedAt, @Nullable Instant replayedAt,
        @Nullable String replayedBy, int replayCount) {

    /** Not replayed yet. */
    @JsonProperty("pending")
    public boolean pending() {
        return replayedAt == null;
    }

    /** A page of dead letters, newest first. */
    public record Page(List<DeadLetter> items, int page, int size, long totalElements, int totalPages) {
    }

    /** The dead letters of one topic: all of them, and those not replayed yet. */
    public record TopicCount(String topic, long total, long pending) {
    }
}
