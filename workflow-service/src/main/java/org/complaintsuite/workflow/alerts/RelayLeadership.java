package org.complaintsuite.workflow.alerts;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which workflow instance relays the outbox: the one holding a PostgreSQL session advisory lock, on a connection it
 * keeps for as long as it leads. The lock goes with the session, so a leader that dies or loses its connection
 * frees it at once, and another instance takes over on its next run. Correctness does not rest on the lock (a
 * leader that does not know it lost the lock is fenced by Kafka); the lock only keeps the instances from taking the
 * relay from each other on every run.
 */
final class RelayLeadership implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

    private static final String LOCK_NAME = "workflow.sla-alert-relay";

    private final DataSource dataSource;
    private @Nullable Connection connection;

    RelayLeadership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this instance leads: keeps the lock it holds, or takes it if it is free. */
    boolean hold() {
        if (connection != null) {
            if (stillConnected(connection)) {
                return true;
            }
            log.warn("The SLA alert relay lost its database session, and with it the relay leadership");
            close();
        }
        try {
            Connection candidate = dataSource.getConnection();
            candidate.setAutoCommit(true);
            boolean taken;
            try (var statement = candidate.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
                statement.setString(1, LOCK_NAME);
                try (var result = statement.executeQuery()) {
                    taken = result.next() && result.getBoolean(1);
                }
            }
            if (!taken) {
                candidate.close();
                return false;
            }
            connection = candidate;
            log.info("This instance now relays the SLA alerts");
            return true;
        }
        catch (SQLException ex) {
            log.warn("Could not try for the SLA alert relay leadership: {}", ex.toString());
            return false;
        }
    }

    boolean held() {
        return connection != null;
    }

    private static boolean stillConnected(Connection connection) {
        try {
            return connection.isValid(5);
        }
        catch (SQLException ex) {
            return false;
        }
    }

    /** Gives up the leadership: closing the session frees the lock. */
    @Override
    public void close() {
        Connection held = connection;
        connection = null;
        if (held == null) {
            return;
        }
        try (held; var statement = held.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
            statement.setString(1, LOCK_NAME);
            statement.execute();
        }
        catch (SQLException ex) {
            log.debug("Releasing the relay lock failed (the session is gone, and the lock with it): {}", ex.toString());
        }
    }
}
