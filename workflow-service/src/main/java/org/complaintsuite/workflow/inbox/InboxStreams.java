package org.complaintsuite.workflow.inbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The inbox streams open on this instance. Each new item is sent, as event {@code alert} with the reader's unread
 * count, to every stream whose reader sees it; idle streams get a comment every heartbeat. One thread does all the
 * sending, so the database listener never waits on a client and a stream never gets two events at once. A stream
 * leaves the registry when it completes, times out or fails, whichever comes first.
 */
@Component
class InboxStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboxStreams.class);

    static final String EVENT = "alert";

    private record Subscriber(long id, InboxReader reader, SseEmitter emitter) {
    }

    private final InboxStore store;
    private final InboxProperties.Stream limits;
    private final Map<Long, Subscriber> open = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ScheduledExecutorService sender;

    InboxStreams(InboxStore store, InboxProperties properties) {
        this.store = store;
        this.limits = properties.stream();
        this.sender = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inbox-streams");
            thread.setDaemon(true);
            return thread;
        });
        long heartbeat = limits.heartbeat().toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream for the reader, unless this instance has as many open as it may. */
    SseEmitter open(InboxReader reader) {
        SseEmitter emitter = new SseEmitter(limits.timeout().toMillis());
        long id = ids.incrementAndGet();
        synchronized (open) {
            if (open.size() >= limits.maxOpen()) {
                throw new TooManyStreamsException(limits.maxOpen());
            }
            open.put(id, new Subscriber(id, reader, emitter));
        }
        emitter.onCompletion(() -> open.remove(id));
        emitter.onTimeout(() -> {
            open.remove(id);
            emitter.complete();
        });
        emitter.onError(error -> open.remove(id));
        // the first bytes commit the response: the client knows at once that the stream is open
        sender.execute(() -> send(id, emitter, SseEmitter.event().comment("connected")));
        return emitter;
    }

    int openCount() {
        return open.size();
    }

    /** An alert's items were stored, on this instance or another: streams them to whoever sees them. */
    void stored(long alertRowId) {
        if (!open.isEmpty()) {
            sender.execute(() -> deliver(alertRowId));
        }
    }

    private void deliver(long alertRowId) {
        try {
            List<InboxItem> items = store.itemsOfAlert(alertRowId);
            for (Subscriber subscriber : open.values()) {
                List<InboxItem> seen = items.stream().filter(item -> subscriber.reader().sees(item.address()))
                        .toList();
                if (seen.isEmpty()) {
                    continue;
                }
                long unread = store.count(subscriber.reader(), true);
                for (InboxItem item : seen) {
                    send(subscriber.id(), subscriber.emitter(), SseEmitter.event().name(EVENT)
                            .id(Long.toString(item.id())).data(new InboxItem.Arrived(item, unread),
                                    MediaType.APPLICATION_JSON));
                }
            }
        }
        catch (RuntimeException ex) {
            log.warn("Could not stream the items of inbox alert {}: {}", alertRowId, ex.toString());
        }
    }

    private void heartbeat() {
        open.values().forEach(subscriber -> send(subscriber.id(), subscriber.emitter(),
                SseEmitter.event().comment("heartbeat")));
    }

    private void send(long id, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        }
        catch (IOException | IllegalStateException ex) {
            // the client went away or the stream is complete: the container completes the emitter itself
            open.remove(id);
            log.debug("Inbox stream {} closed: {}", id, ex.toString());
        }
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        open.values().forEach(subscriber -> subscriber.emitter().complete());
        open.clear();
    }

    /** This instance has as many streams open as {@code workflow.inbox.stream.max-open} allows. */
    static final class TooManyStreamsException extends RuntimeException {

        TooManyStreamsException(int maxOpen) {
            super("This instance has " + maxOpen + " inbox streams open already, as many as it may: try again "
                    + "shortly (another instance may take it).");
        }
    }
}
