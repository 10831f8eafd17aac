package org.complaintsuite.benchmark.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Posts calls to intake's {@code /api/v1/complaints/phone} with the front end's bearer token, over HTTP/1.1 (as a
 * load balancer would), one blocking request per virtual thread.
 */
final class IntakeClient implements AutoCloseable {

    /** What a request came to: the HTTP status, or -1 with the exception's name when there was no answer. */
    record Outcome(int status, String failure) {

        boolean accepted() {
            return status == 202;
        }

        String label() {
            return status < 0 ? failure : "HTTP " + status;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI phoneUri;
    private final String authorization;
    private final PayloadSerializer json;

    IntakeClient(String baseUrl, String token, PayloadSerializer json) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.phoneUri = URI.create(baseUrl.replaceAll("/+$", "") + "/api/v1/complaints/phone");
        this.authorization = "Bearer " + token;
        this.json = json;
    }

    Outcome post(PhoneCall call) {
        HttpRequest request = HttpRequest.newBuilder(phoneUri)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.bytes(call)))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), "");
        }
        catch (IOException e) {
            return new Outcome(-1, e.getClass().getSimpleName());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
