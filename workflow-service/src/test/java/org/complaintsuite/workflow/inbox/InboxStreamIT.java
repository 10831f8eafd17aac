package org.complaintsuite.workflow.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live inbox over HTTP: a connected user gets each new item they see as an {@code alert} event, and no other. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false", "workflow.inbox.consumer-group=inbox-it-${random.uuid}",
        "workflow.inbox.stream.heartbeat=1s", "workflow.inbox.stream.max-open=3"})
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxStreamIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    InboxStreams streams;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Stream<String>> open = new CopyOnWriteArrayList<>();
    private AlertsPublisher alerts;

    @BeforeEach
    void start() {
        InboxConsumer.start(listeners);
        alerts = new AlertsPublisher();
    }

    @AfterEach
    void close() {
        open.forEach(Stream::close);
        alerts.close();
        // a closed stream is found closed at the next heartbeat: the next test starts with none open
        await("streams closed").atMost(Duration.ofSeconds(10)).until(() -> streams.openCount() == 0);
    }

    @Test
    void aConnectedUserGetsANewItemWithTheirUnreadCountWithinSeconds() throws Exception {
        String agent = InboxIT.unique("agent");
        String bystander = InboxIT.unique("agent");
        List<String> agentLines = connect(InboxTokens.of(agent, List.of("AGENT"), List.of()));
        List<String> bystanderLines = connect(InboxTokens.of(bystander, List.of("AGENT"), List.of("COMPLEX")));
        SlaAlertRaised alert = Alerts.firstContact(InboxIT.unique("case"), 75, "FEES", agent);

        alerts.publish(alert);

        // normally within a second or two; the bound leaves room for a loaded build machine
        await("an alert event").atMost(Duration.ofSeconds(30))
                .until(() -> agentLines.stream().anyMatch(line -> line.startsWith("data:")));
        int event = agentLines.indexOf("event:alert");
        assertThat(event).isNotNegative();
        String data = agentLines.stream().filter(line -> line.startsWith("data:")).findFirst().orElseThrow()
                .substring("data:".length());
        assertThat(JsonPath.<String>read(data, "$.item.complaintId")).isEqualTo(alert.complaintId());
        assertThat(JsonPath.<String>read(data, "$.item.audience")).isEqualTo("USER");
        assertThat(JsonPath.<Boolean>read(data, "$.item.read")).isFalse();
        assertThat(JsonPath.<Integer>read(data, "$.unread")).isEqualTo(1);
        assertThat(bystanderLines).noneMatch(line -> line.contains(alert.complaintId()));
    }

    @Test
    void aStreamIsTextEventStreamAndLeavesTheRegistryWhenTheClientGoes() throws Exception {
        int before = streams.openCount();
        HttpResponse<Stream<String>> response = http.send(request(InboxTokens.of(InboxIT.unique("lead"),
                List.of("SUPERVISOR"), List.of("FEES"))), HttpResponse.BodyHandlers.ofLines());
        open.add(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(response.headers().firstValue("X-Accel-Buffering")).contains("no");
        await().atMost(Duration.ofSeconds(5)).until(() -> streams.openCount() == before + 1);

        response.body().close();

        // the next heartbeat finds the connection gone
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.openCount() == before);
    }

    @Test
    void oneStreamMoreThanTheInstanceMayHoldIsA503ProblemToRetryLater() throws Exception {
        for (int i = 0; i < 3; i++) {
            connect(InboxTokens.of(InboxIT.unique("agent"), List.of("AGENT"), List.of()));
        }

        HttpResponse<String> refused = http.send(request(InboxTokens.of(InboxIT.unique("agent"), List.of("AGENT"),
                List.of())), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(refused.body(), "$.type"))
                .isEqualTo("urn:complaintsuite:problem:too-many-streams");
    }

    @AfterAll
    void stopConsumer() {
        InboxConsumer.stop(listeners);
    }

    private List<String> connect(String token) throws Exception {
        HttpResponse<Stream<String>> response = http.send(request(token), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        open.add(response.body());
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            }
            catch (RuntimeException ex) {
                // closed by the test
            }
        });
        await("the stream's first comment").atMost(Duration.ofSeconds(5)).until(() -> !lines.isEmpty());
        return lines;
    }

    private HttpRequest request(String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/inbox/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
    }
}
