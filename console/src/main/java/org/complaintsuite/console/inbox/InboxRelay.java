package org.complaintsuite.console.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.console.workflow.WorkflowProperties;

/**
 * Relays workflow's {@code GET /api/v1/inbox/stream} to one browser: a subscription of the console's own, with the
 * user's token, read line by line on a virtual thread. Each {@code alert} event becomes an {@code alert} event to the
 * browser carrying only the new unread count (the page reloads the badge and the list itself, through the console);
 * heartbeats are passed on, so a browser that went away is noticed and the subscription closed. When workflow ends
 * the stream, the browser's stream ends too and htmx reconnects.
 */
@Component
class InboxRelay {

    private static final Logger log = LoggerFactory.getLogger(InboxRelay.class);
    /** How long one browser stream lasts before the browser reconnects (and a fresh token is minted). */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final HttpClient http;
    private final URI stream;
    private final JsonMapper json;
    private final Duration connectTimeout;

    InboxRelay(WorkflowProperties properties, JsonMapper json) {
        this.connectTimeout = properties.connectTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.stream = properties.baseUrl().resolve("/api/v1/inbox/stream");
        this.json = json;
    }

    SseEmitter open(String bearer) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        AtomicReference<InputStream> upstream = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Runnable close = () -> {
            done.set(true);
            InputStream in = upstream.get();
            if (in != null) {
                try {
                    in.close();
                }
                catch (IOException ignored) {
                    // closing is all we want; an error closing it changes nothing
                }
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        Thread.ofVirtual().name("inbox-relay").start(() -> relay(bearer, emitter, upstream, done));
        return emitter;
    }

    private void relay(String bearer, SseEmitter emitter, AtomicReference<InputStream> upstream, AtomicBoolean done) {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + bearer)
                .header("Accept", "text/event-stream").timeout(connectTimeout.multipliedBy(5)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            upstream.set(response.body());
            if (done.get()) {
                response.body().close();
                return;
            }
            if (response.statusCode() != 200) {
                log.warn("workflow's inbox stream answered {}", response.statusCode());
                response.body().close();
                emitter.complete();
                return;
            }
            emitter.send(SseEmitter.event().comment("connected"));
            forward(response.body(), emitter);
            emitter.complete();
        }
        catch (IOException | UncheckedIOException ex) {
            if (!done.get()) {
                log.debug("inbox relay ended: {}", ex.getMessage());
                emitter.complete();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    private void forward(InputStream body, SseEmitter emitter) throws IOException {
        try (Stream<String> lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8)).lines()) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (!data.isEmpty() && "alert".equals(event)) {
                        emitter.send(SseEmitter.event().name("alert").data(unread(data.toString())));
                    }
                    event = "message";
                    data.setLength(0);
                }
                else if (line.startsWith(":")) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                }
                else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                }
                else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring("data:".length()).stripLeading());
                }
            }
        }
    }

    private String unread(String data) {
        try {
            JsonNode node = json.readTree(data);
            return node.path("unread").isNumber() ? node.path("unread").asString() : "";
        }
        catch (RuntimeException ex) {
            return "";
        }
    }
}
