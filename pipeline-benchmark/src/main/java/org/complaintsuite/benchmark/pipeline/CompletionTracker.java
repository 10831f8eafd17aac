package org.complaintsuite.benchmark.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a scenario's complaints into the workflow database: polls the cases whose {@code external_reference}
 * starts with the scenario's prefix (received since the oldest complaint not yet done, through the index on
 * {@code received_at}) until each has its case and its assessment on the case. Polls as often as every 250 ms, less
 * often when a poll itself takes longer, so that the benchmark does not become the database's main load.
 */
final class CompletionTracker implements SentLog {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionTracker.class);
    private static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    private final Databases databases;
    private final String prefix;
    private final AssessedOnCase source;
    private final Map<String, CaseProgress> complaints = new ConcurrentHashMap<>();

    CompletionTracker(Databases databases, String prefix, AssessedOnCase source) {
        this.databases = databases;
        this.prefix = prefix;
        this.source = source;
    }

    @Override
    public void sent(String callId, Instant at) {
        complaints.put(callId, new CaseProgress(at));
    }

    AssessedOnCase source() {
        return source;
    }

    Collection<CaseProgress> complaints() {
        return complaints.values();
    }

    /** Every complaint by call id, for the raw CSV. */
    Map<String, CaseProgress> byCallId() {
        return Map.copyOf(complaints);
    }

    long done() {
        return complaints.values().stream().filter(CaseProgress::done).count();
    }

    /**
     * Polls until every complaint sent so far is assessed on its case, or {@code timeout} passed.
     *
     * @return whether all were
     */
    boolean awaitAll(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastLog = System.nanoTime();
        try (Connection connection = databases.workflow()) {
            while (true) {
                long started = System.nanoTime();
                poll(connection);
                long pending = complaints.size() - done();
                if (pending == 0) {
                    return true;
                }
                if (started > deadline) {
                    LOG.warn("{}: {} complaint(s) still not assessed on their case after {}", prefix, pending, timeout);
                    return false;
                }
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    LOG.info("{}: waiting for {} of {} complaints", prefix, pending, complaints.size());
                    lastLog = System.nanoTime();
                }
                long took = System.nanoTime() - started;
                Thread.sleep(Math.max(MIN_INTERVAL.toMillis(), took * 4 / 1_000_000));
            }
        }
    }

    /** One more pass, e.g. after the pipeline went idle: complaints assessed while nobody polled are counted. */
    void refresh() throws SQLException {
        try (Connection connection = databases.workflow()) {
            poll(connection);
        }
    }

    /** One pass over the complaints not yet done. */
    void poll(Connection connection) throws SQLException {
        Instant oldestPending = oldestPending();
        if (oldestPending == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(source.query())) {
            statement.setTimestamp(1, Timestamp.from(oldestPending.minusSeconds(1)));
            statement.setString(2, prefix + "%");
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    CaseProgress progress = complaints.get(rows.getString(1));
                    if (progress != null) {
                        progress.saw(rows.getTimestamp(2).toInstant(), instant(rows.getTimestamp(3)),
                                instant(rows.getTimestamp(4)));
                    }
                }
            }
        }
    }

    private @Nullable Instant oldestPending() {
        Instant oldest = null;
        for (CaseProgress progress : complaints.values()) {
            if (!progress.done() && (oldest == null || progress.sentAt().isBefore(oldest))) {
                oldest = progress.sentAt();
            }
        }
        return oldest;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
