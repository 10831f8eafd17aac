package org.complaintsuite.e2e.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.SuiteTokens;
import org.complaintsuite.testsupport.BrokerProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake as its own process on a broker of its own that the test kills (SIGKILL, as a crash) and starts again: while
 * the broker is away intake answers 503 problem+json within a second and a half and reports itself not ready, and once
 * the broker is back it accepts complaints again by itself, without a restart.
 */
class BrokerOutageIT {

    private static final Duration FAST = Duration.ofMillis(1500);

    private static BrokerProcess broker;
    private static ServiceProcess intake;
    private static IntakeClient client;

    @BeforeAll
    static void startBrokerAndIntake() throws Exception {
        broker = BrokerProcess.start();
        intake = ServiceProcess.start("intake-broker-outage", "e2e.jar.intake", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "INTAKE_ID_HASH_KEY", "end-to-end-test-key",
                "SUITE_JWT_SECRET", SuiteTokens.SECRET));
        intake.awaitHealthy(Duration.ofSeconds(120));
        client = new IntakeClient(intake);
    }

    @AfterAll
    static void stop() throws Exception {
        if (intake != null) {
            intake.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void withTheBrokerKilledIntakeAnswers503FastAndIsNotReadyAndAcceptsAgainOnceTheBrokerIsBack() throws Exception {
        assertThat(client.postChat(session(), "13900000001").status()).isEqualTo(202);

        broker.kill();

        // the background probe notices within about a second; until then a call waits for the producer's timeouts
        await("intake not ready").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> client.readiness() == 503);
        for (int i = 0; i < 3; i++) {
            IntakeClient.Answer answer = client.postChat(session(), "13900000002");
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.body()).contains("urn:complaintsuite:problem:unavailable");
            assertThat(answer.took()).isLessThan(FAST);
        }

        broker.restart();

        await("intake ready again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> client.readiness() == 200);
        String session = session();
        await("a complaint accepted again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.postChat(session, "13900000003").accepted());
    }

    private static String session() {
        return "CHAT-OUTAGE-" + UUID.randomUUID();
    }
}
