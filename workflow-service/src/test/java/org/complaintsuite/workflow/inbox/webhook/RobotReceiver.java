package org.complaintsuite.workflow.inbox.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * IM group robots on a random local port: {@code /ok} answers as DingTalk and WeCom do ({@code errcode} 0),
 * {@code /flaky} answers 500 to the first {@code failuresEach} requests with a given body and then succeeds,
 * {@code /down} always answers 503. Every request is recorded.
 */
final class RobotReceiver implements AutoCloseable {

    record Request(String path, String query, String signature, String body, Instant at) {
    }

    private final HttpServer server;
    private final int failuresEach;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    RobotReceiver(int failuresEach) throws IOException {
        this.failuresEach = failuresEach;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, record(exchange), 200));
        server.createContext("/flaky", exchange -> {
            Request request = record(exchange);
            int count = seen.computeIfAbsent(request.body(), body -> new AtomicInteger()).incrementAndGet();
            answer(exchange, request, count <= this.failuresEach ? 500 : 200);
        });
        server.createContext("/down", exchange -> answer(exchange, record(exchange), 503));
        server.start();
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** The requests whose body mentions this complaint, oldest first. */
    List<Request> about(String complaintId) {
        return requests.stream().filter(request -> request.body().contains(complaintId)).toList();
    }

    private Request record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String signature = exchange.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER);
        var request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                signature == null ? "" : signature, body, Instant.now());
        requests.add(request);
        return request;
    }

    private static void answer(HttpExchange exchange, Request request, int status) throws IOException {
        byte[] answer = (status == 200 ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "{\"errcode\":-1,\"errmsg\":\"busy\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (var out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
