package org.complaintsuite.workflow.inbox.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.inbox.Alerts;
import org.complaintsuite.workflow.inbox.AlertsPublisher;
import org.complaintsuite.workflow.inbox.InboxConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook against robots on a local HTTP server: what each format posts, both signatures, retries with growing
 * pauses, and deliveries given up and counted. Alerts of other tests may reach this context: the robots' filters
 * and every assertion look at this test's own complaints.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false",
        "workflow.inbox.consumer-group=webhook-it-${random.uuid}",
        "workflow.inbox.webhook.interval=100ms",
        "workflow.inbox.webhook.initial-backoff=300ms",
        "workflow.inbox.webhook.backoff-multiplier=2.0",
        "workflow.inbox.webhook.max-backoff=5s",
        "workflow.inbox.webhook.max-attempts=3",
        "workflow.inbox.webhook.connect-timeout=1s",
        "workflow.inbox.webhook.request-timeout=2s",
        "workflow.inbox.webhook.claim-lease=10s"})
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String DINGTALK_SECRET = "SEC-dingtalk-test-secret-0123456789abcdef";
    private static final String WECOM_SECRET = "wecom-test-secret-0123456789abcdef";
    private static final String DOWN_SECRET = "down-test-secret-0123456789abcdef";

    private static final RobotReceiver robots = start();

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final JsonMapper json = JsonMapper.builder().build();

    private static RobotReceiver start() {
        try {
            return new RobotReceiver(2);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @DynamicPropertySource
    static void robots(DynamicPropertyRegistry registry) {
        endpoint(registry, 0, "dingtalk-flaky", "/flaky?access_token=robot-token", "DINGTALK", DINGTALK_SECRET, 90,
                "FEES");
        endpoint(registry, 1, "wecom-ok", "/ok?key=robot-key", "WECOM", WECOM_SECRET, 100, "FEES");
        endpoint(registry, 2, "always-down", "/down?key=down-key", "WECOM", DOWN_SECRET, 90, "ANTI_FRAUD");
    }

    private static void endpoint(DynamicPropertyRegistry registry, int index, String name, String path,
            String format, String secret, int minThreshold, String group) {
        String prefix = "workflow.inbox.webhook.endpoints[" + index + "].";
        registry.add(prefix + "name", () -> name);
        registry.add(prefix + "url", () -> robots.url(path).toString());
        registry.add(prefix + "format", () -> format);
        registry.add(prefix + "secret", () -> secret);
        registry.add(prefix + "min-threshold", () -> minThreshold);
        registry.add(prefix + "groups[0]", () -> group);
    }

    @AfterAll
    void stopRobotsAndConsumer() {
        InboxConsumer.stop(listeners);
        robots.close();
    }

    @BeforeEach
    void inboxConsumerRunning() {
        InboxConsumer.start(listeners);
    }

    @Test
    void aBreachIsPostedToEachRobotInItsFormatSignedTheRobotsWayAndOurs() {
        SlaAlertRaised breach = Alerts.firstContact(unique(), 100, "FEES", "agent-li");

        publish(breach);

        await("the WeCom robot posted to").atMost(TIMEOUT).until(() -> !robots.about(breach.complaintId()).stream()
                .filter(request -> request.path().equals("/ok")).toList().isEmpty());
        RobotReceiver.Request wecom = robots.about(breach.complaintId()).stream()
                .filter(request -> request.path().equals("/ok")).findFirst().orElseThrow();
        assertThat(wecom.query()).isEqualTo("key=robot-key");
        JsonNode wecomBody = json.readTree(wecom.body());
        assertThat(wecomBody.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(wecomBody.get("markdown").get("content").asString())
                .contains("【SLA 超时】投诉 " + breach.complaintId() + " 首次联系 已超时", "费用组",
                        "2025-10-13 09:15（北京时间）")
                .doesNotContain("agent-li");
        assertOurSignature(wecom, WECOM_SECRET);

        RobotReceiver.Request dingtalk = awaitRequests(breach, "/flaky", 3).getLast();
        Map<String, String> query = query(dingtalk.query());
        assertThat(query).containsEntry("access_token", "robot-token").containsKeys("timestamp", "sign");
        String timestamp = query.get("timestamp");
        assertThat(URLDecoder.decode(query.get("sign"), StandardCharsets.UTF_8))
                .isEqualTo(Base64.getEncoder().encodeToString(hmac(DINGTALK_SECRET, timestamp + "\n"
                        + DINGTALK_SECRET)));
        assertThat(dingtalk.signature()).startsWith("t=" + timestamp + ",");
        assertOurSignature(dingtalk, DINGTALK_SECRET);
        JsonNode dingtalkBody = json.readTree(dingtalk.body());
        assertThat(dingtalkBody.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(dingtalkBody.get("markdown").get("title").asString())
                .isEqualTo("【SLA 超时】投诉 " + breach.complaintId() + " 首次联系 已超时");
    }

    @Test
    void aRobotFailingTheFirstTwoTimesIsRetriedWithGrowingPausesThenDelivered() {
        SlaAlertRaised warning = Alerts.firstContact(unique(), 90, "FEES", null);

        publish(warning);

        List<RobotReceiver.Request> attempts = awaitRequests(warning, "/flaky", 3);
        await("delivered").atMost(TIMEOUT).until(() -> "DELIVERED".equals(delivery(warning, "dingtalk-flaky")
                .get("status")));
        assertThat(delivery(warning, "dingtalk-flaky")).containsEntry("attempts", 3);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(250));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(550));
        // the warning is below the WeCom robot's minimum threshold
        assertThat(robots.about(warning.complaintId())).allMatch(request -> request.path().equals("/flaky"));
        assertThat(attempts(("dingtalk-flaky"), "retrying")).isGreaterThanOrEqualTo(2);
        assertThat(attempts("dingtalk-flaky", "delivered")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRobotAlwaysFailingEndsFailedAndIsCountedInTheMetrics() {
        SlaAlertRaised breach = Alerts.firstContact(unique(), 100, "ANTI_FRAUD", null);

        publish(breach);

        await("given up").atMost(TIMEOUT).until(() -> "FAILED".equals(delivery(breach, "always-down").get("status")));
        assertThat(delivery(breach, "always-down")).containsEntry("attempts", 3)
                .containsEntry("last_error", "HTTP 503");
        assertThat(robots.about(breach.complaintId())).hasSize(3);
        assertThat(attempts("always-down", "failed")).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("workflow.inbox.webhook.deliveries").tag("status", "failed").gauge().value())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aWarningBelowEveryRobotsThresholdIsNotSent() {
        SlaAlertRaised early = Alerts.firstContact(unique(), 50, "FEES", null);
        SlaAlertRaised after = Alerts.firstContact(early.complaintId(), 100, "FEES", null);

        publish(early);
        publish(after);

        await("the later breach stored").atMost(TIMEOUT).until(() -> !delivery(after, "wecom-ok").isEmpty());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM inbox_webhook_delivery d JOIN inbox_alert a ON a.id = d.alert_id
                WHERE a.event_id = ?""").param(early.eventId()).query(Long.class).single()).isZero();
    }

    private void publish(SlaAlertRaised alert) {
        try (var publisher = new AlertsPublisher()) {
            publisher.publish(alert);
        }
    }

    private List<RobotReceiver.Request> awaitRequests(SlaAlertRaised alert, String path, int count) {
        await(count + " request(s) to " + path).atMost(TIMEOUT).until(() -> requests(alert, path).size() >= count);
        return requests(alert, path);
    }

    private static List<RobotReceiver.Request> requests(SlaAlertRaised alert, String path) {
        return robots.about(alert.complaintId()).stream().filter(request -> request.path().equals(path)).toList();
    }

    private Map<String, Object> delivery(SlaAlertRaised alert, String endpoint) {
        return jdbc.sql("""
                SELECT d.status, d.attempts, d.last_error FROM inbox_webhook_delivery d
                JOIN inbox_alert a ON a.id = d.alert_id WHERE a.event_id = ? AND d.endpoint = ?""")
                .param(alert.eventId()).param(endpoint).query().listOfRows().stream().findFirst().orElse(Map.of());
    }

    private double attempts(String endpoint, String outcome) {
        var counter = meters.find("workflow.inbox.webhook.attempts").tag("endpoint", endpoint).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static void assertOurSignature(RobotReceiver.Request request, String secret) {
        Map<String, String> parts = Arrays.stream(request.signature().split(","))
                .map(part -> part.split("=", 2)).collect(Collectors.toMap(part -> part[0], part -> part[1]));
        assertThat(parts).containsOnlyKeys("t", "v1");
        assertThat(parts.get("v1")).isEqualTo(HexFormat.of().formatHex(hmac(secret, parts.get("t") + "."
                + request.body())));
    }

    private static Map<String, String> query(String query) {
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String unique() {
        return "webhook-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
