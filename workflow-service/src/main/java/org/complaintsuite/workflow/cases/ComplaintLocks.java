package org.complaintsuite.workflow.cases;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes the work on one complaint across threads and instances. A complaint's received and assessed events
 * arrive on different topics and may be handled at the same moment; without the lock, an assessment committed
 * while its case is being opened would never be applied to the case's routing.
 */
@Component
public class ComplaintLocks {

    private final JdbcClient jdbc;

    ComplaintLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds a PostgreSQL advisory lock on the complaint until the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(String complaintId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))::text").param(complaintId).query(String.class)
                .single();
    }

    /**
     * Holds the advisory locks on all these keys until the current transaction ends, taken in one statement and in
     * the order of the lock values, so that two batches locking some of the same keys wait for each other instead of
     * deadlocking.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("""
                SELECT count(pg_advisory_xact_lock(k.lock)) FROM (
                    SELECT DISTINCT hashtextextended(key, 0) AS lock FROM unnest(CAST(:keys AS text[])) AS key
                    ORDER BY 1) k""")
                .param("keys", keys.toArray(String[]::new)).query(Long.class).single();
    }

    /**
     * Takes the complaint's lock until the current transaction ends if no one holds it, without waiting: for
     * background work that can come back later rather than hold up an agent or an event.
     *
     * @return whether the lock was taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryLock(String complaintId) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))").param(complaintId)
                .query(Boolean.class).single();
    }
}
