package org.complaintsuite.workflow.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears, on one database connection per instance ({@code LISTEN workflow_inbox}), of every alert stored by any
 * instance, and hands it to this instance's {@link InboxStreams}. PostgreSQL sends the notification when the storing
 * transaction commits, so the items are there to read. When the connection fails it listens again after a pause,
 * and then streams the alerts stored meanwhile (up to a limit), so a database restart costs a delay, not an alert.
 */
@Component
class InboxNotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxNotificationListener.class);

    /** How many streamed alert ids are remembered so that a catch-up does not send one twice. */
    private static final int REMEMBERED = 1024;

    private final DataSource dataSource;
    private final InboxStore store;
    private final InboxStreams streams;
    private final InboxProperties.Notifications settings;
    private final Set<Long> streamed = new HashSet<>();
    private final Deque<Long> streamedOrder = new ArrayDeque<>();

    private volatile boolean running;
    private @Nullable Thread thread;
    private long lastSeen = -1;

    InboxNotificationListener(DataSource dataSource, InboxStore store, InboxStreams streams,
            InboxProperties properties) {
        this.dataSource = dataSource;
        this.store = store;
        this.streams = streams;
        this.settings = properties.notifications();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("inbox-listen").daemon().start(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread listening = thread;
        thread = null;
        if (listening != null) {
            try {
                listening.join(settings.pollTimeout().multipliedBy(4).toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + InboxStore.CHANNEL);
                }
                PgNotifications notifications = PgNotifications.of(connection);
                if (reconnecting) {
                    log.info("Listening for inbox notifications again");
                    catchUp();
                }
                else if (lastSeen < 0) {
                    lastSeen = store.lastAlertId();
                }
                reconnecting = false;
                while (running) {
                    notifications.await(settings.pollTimeout()).forEach(this::heard);
                }
            }
            catch (SQLException | RuntimeException ex) {
                if (!running) {
                    return;
                }
                reconnecting = true;
                log.warn("Lost the inbox notification connection, listening again in {}: {}",
                        settings.reconnectDelay(), ex.toString());
                LockSupport.parkNanos(settings.reconnectDelay().toNanos());
            }
        }
    }

    private void heard(String payload) {
        try {
            remember(Long.parseLong(payload));
        }
        catch (NumberFormatException ex) {
            log.debug("Ignored an inbox notification with payload '{}'", payload);
        }
    }

    private void catchUp() {
        if (lastSeen < 0 || settings.catchUpLimit() == 0) {
            return;
        }
        List<Long> missed = store.alertsAfter(lastSeen, settings.catchUpLimit());
        missed.forEach(this::remember);
    }

    private void remember(long alertRowId) {
        lastSeen = Math.max(lastSeen, alertRowId);
        if (!streamed.add(alertRowId)) {
            return;
        }
        streamedOrder.addLast(alertRowId);
        if (streamedOrder.size() > REMEMBERED) {
            streamed.remove(streamedOrder.removeFirst());
        }
        streams.stored(alertRowId);
    }
}
