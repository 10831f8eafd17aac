package org.complaintsuite.workflow.inbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the notifications PostgreSQL sent to a {@code LISTEN}ing connection. JDBC has no standard call for it; the
 * driver's {@code PGConnection.getNotifications(int)} is reached by reflection because the driver is a runtime-only
 * dependency of the service (no code of ours compiles against it).
 */
final class PgNotifications {

    private final Object connection;
    private final Method getNotifications;
    private final Method getParameter;

    private PgNotifications(Object connection, Method getNotifications, Method getParameter) {
        this.connection = connection;
        this.getNotifications = getNotifications;
        this.getParameter = getParameter;
    }

    static PgNotifications of(Connection connection) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Class<?> pgNotification = Class.forName("org.postgresql.PGNotification");
            return new PgNotifications(connection.unwrap(pgConnection),
                    pgConnection.getMethod("getNotifications", int.class), pgNotification.getMethod("getParameter"));
        }
        catch (ClassNotFoundException | NoSuchMethodException ex) {
            throw new SQLException("Not a PostgreSQL connection (pgjdbc): cannot listen for notifications", ex);
        }
    }

    /** Waits up to {@code timeout} for notifications and returns their payloads (none on time-out). */
    List<String> await(Duration timeout) throws SQLException {
        try {
            Object[] notifications = (Object[]) getNotifications.invoke(connection,
                    (int) Math.max(1, timeout.toMillis()));
            List<String> payloads = new ArrayList<>();
            if (notifications != null) {
                for (Object notification : notifications) {
                    payloads.add((String) getParameter.invoke(notification));
                }
            }
            return payloads;
        }
        catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("Reading notifications failed", ex.getCause());
        }
        catch (IllegalAccessException ex) {
            throw new SQLException("Reading notifications failed", ex);
        }
    }
}
