package org.complaintsuite.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service over real HTTP with no broker to hand complaints to: a complaint is never answered "accepted" without
 * the broker's acknowledgement, and the caller is told to come back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "intake.id-hash-key=integration-test-key",
        // nothing to create topics on or to consume from; only the publish path is under test
        "spring.kafka.admin.auto-create=false",
        "spring.kafka.listener.auto-startup=false",
        // fail within seconds: the broker's metadata never arrives
        "spring.kafka.producer.properties.max.block.ms=1500",
        "intake.publish-timeout=3s"})
// the producer of this context keeps reconnecting to nothing: close it when the class is done
@DirtiesContext
class BrokerUnavailableIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void brokerThatIsNotThere(DynamicPropertyRegistry registry) {
        int unusedPort = unusedPort();
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + unusedPort);
    }

    @Test
    void complaintIsAnsweredServiceUnavailableWithRetryAfterAndTheSameRequestAgainToo() throws Exception {
        String chat = ExamplePayloads.json(ExamplePayloads.CHAT);

        assertUnavailable(postChat(chat));
        // nothing was accepted the first time, so the same request is safe to send again, and answered alike
        assertUnavailable(postChat(chat));
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ExamplePayloads.JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:complaintsuite:problem:unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
    }

    private HttpResponse<String> postChat(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints/chat"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SuiteTestTokens.of("callcenter-fe", "INTAKE"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A port that was free a moment ago: opened and closed again, so nothing listens on it. */
    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
