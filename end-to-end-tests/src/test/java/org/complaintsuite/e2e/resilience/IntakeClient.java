package org.complaintsuite.e2e.resilience;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.SuiteTokens;

/**
 * The call-center front end as the resilience tests need it: posts a chat complaint of its own session id to
 * intake, with the front end's INTAKE token, and says what intake answered and how long it took.
 */
final class IntakeClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = SuiteTokens.of("callcenter-fe", "INTAKE");

    /** What intake answered: the status, the complaint id of a 202, the problem type of anything else. */
    record Answer(int status, @Nullable String complaintId, String body, Duration took) {

        boolean accepted() {
            return status == 202 && complaintId != null;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceProcess intake;

    IntakeClient(ServiceProcess intake) {
        this.intake = intake;
    }

    /** A chat complaint whose session id (and so complaint id) is {@code sessionId}: the same id twice is a retry. */
    Answer postChat(String sessionId, String phone) throws InterruptedException {
        return postChat(sessionId, phone, "借款利息太高了，再不处理我就去投诉");
    }

    /** {@link #postChat(String, String)} with the customer's own words. */
    Answer postChat(String sessionId, String phone, String text) throws InterruptedException {
        String json = """
                { "sessionId": "%s", "platform": "APP", "userId": "U-%s", "phone": "%s",
                  "messages": [ {"from": "USER", "sentAt": 1760145302000, "text": "%s"},
                                {"from": "BOT",  "sentAt": 1760145303000, "text": "正在为您转接人工客服"} ],
                  "tags": ["投诉"] }""".formatted(sessionId, sessionId, phone, text);
        HttpRequest request = HttpRequest.newBuilder(intake.uri("/api/v1/complaints/chat"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            String complaintId = null;
            if (response.statusCode() == 202) {
                JsonNode body = JSON.readTree(response.body());
                complaintId = body.get("complaintId").asString();
            }
            return new Answer(response.statusCode(), complaintId, response.body(), took);
        }
        catch (IOException ex) {
            // intake itself away (a connection refused): not accepted, so the caller may send it again
            return new Answer(-1, null, ex.toString(), Duration.ofNanos(System.nanoTime() - begin));
        }
    }

    /** The status of intake's readiness group: 200 while ready, 503 while not. */
    int readiness() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(intake.uri("/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        catch (IOException ex) {
            return -1;
        }
    }
}
