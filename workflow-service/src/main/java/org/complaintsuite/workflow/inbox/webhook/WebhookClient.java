package org.complaintsuite.workflow.inbox.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a message to a robot, signed, with time limits. A robot answers failures with HTTP 200 and a non-zero
 * {@code errcode} (both DingTalk and WeCom do), so a delivery succeeds on a 2xx whose body has no error code but 0.
 */
final class WebhookClient {

    /** How an attempt ended; {@code detail} names the cause and never carries the URL or the secret. */
    record Outcome(boolean delivered, String detail) {
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final JsonMapper json;
    private final Clock clock;

    WebhookClient(Duration connectTimeout, Duration requestTimeout, JsonMapper json, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.json = json;
        this.clock = clock;
    }

    CompletableFuture<Outcome> send(WebhookProperties.Endpoint endpoint, String body) {
        long timestamp = clock.millis();
        URI url = endpoint.format() == WebhookFormat.DINGTALK
                ? WebhookSigner.dingTalkUrl(endpoint.url(), timestamp, endpoint.secret())
                : endpoint.url();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.suiteSignature(timestamp, body, endpoint.secret()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(this::outcome)
                .exceptionally(WebhookClient::failure);
    }

    private Outcome outcome(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return new Outcome(false, "HTTP " + response.statusCode());
        }
        String errcode = errcode(response.body());
        return errcode == null || errcode.equals("0") ? new Outcome(true, "HTTP " + response.statusCode())
                : new Outcome(false, "HTTP " + response.statusCode() + ", errcode " + errcode);
    }

    private @Nullable String errcode(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonNode code = json.readTree(body).get("errcode");
            return code == null || code.isNull() ? null : code.asString();
        }
        catch (RuntimeException ex) {
            // not JSON: the status decides
            return null;
        }
    }

    private static Outcome failure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        // the exception's class says what happened (time-out, refused, reset); messages may quote the URL
        return new Outcome(false, cause.getClass().getSimpleName());
    }
}
