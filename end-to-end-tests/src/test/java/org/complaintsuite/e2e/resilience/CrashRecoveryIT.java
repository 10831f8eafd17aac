package org.complaintsuite.e2e.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.SuiteTokens;
import org.complaintsuite.testsupport.BrokerProcess;
import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crashes and stops under load, with the real parts: a broker, intake, risk scoring and workflow, each a process of
 * its own on databases of their own (not the shared {@link org.complaintsuite.e2e.evaluation.RunningSuite}, whose
 * consumer groups and data the kills would disturb). While a client streams complaints into intake and logs every id
 * intake accepted, risk scoring and then workflow are killed with SIGKILL and started again; once they caught up, both
 * are sent SIGTERM while they consume the backlog and must exit within 10 s. In the end every accepted complaint is
 * exactly one case, opened once, with exactly one current assessment: the one risk scoring holds as current.
 */
class CrashRecoveryIT {

    private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final Duration GRACEFUL = Duration.ofSeconds(10);

    private static BrokerProcess broker;
    private static TestInfrastructure.Database riskDatabase;
    private static TestInfrastructure.Database workflowDatabase;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess intake;
    private static ServiceProcess risk;
    private static ServiceProcess workflow;

    @BeforeAll
    static void startTheSuite() throws Exception {
        broker = BrokerProcess.start();
        riskDatabase = TestInfrastructure.newDatabase("crash_risk");
        workflowDatabase = TestInfrastructure.newDatabase("crash_workflow");
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "INTAKE_ID_HASH_KEY", "end-to-end-test-key", "SUITE_JWT_SECRET", SuiteTokens.SECRET);
        intake = start("intake-crash", "e2e.jar.intake", common);
        risk = start("risk-scoring-crash", "e2e.jar.risk", merge(common, Map.of("RISK_DB_URL", riskDatabase.url(),
                "RISK_DB_USER", riskDatabase.username(), "RISK_DB_PASSWORD", riskDatabase.password())));
        workflow = start("workflow-crash", "e2e.jar.workflow", merge(common, Map.of(
                "WORKFLOW_DB_URL", workflowDatabase.url(), "WORKFLOW_DB_USER", workflowDatabase.username(),
                "WORKFLOW_DB_PASSWORD", workflowDatabase.password(), "WORKFLOW_JWT_SECRET", SuiteTokens.SECRET)));
        for (ServiceProcess service : services) {
            service.awaitHealthy(STARTUP);
        }
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        for (ServiceProcess service : services) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyAcceptedComplaintBecomesExactlyOneAssessedCaseThroughKillsAndStopsUnderLoad() throws Exception {
        Stream stream = new Stream(new IntakeClient(intake));
        Thread client = Thread.ofPlatform().name("complaint-stream").start(stream);

        Thread.sleep(4_000);
        log.info("kill -9 risk scoring after {} accepted", stream.accepted.size());
        risk.kill();
        Thread.sleep(2_000);
        risk.restart();
        Thread.sleep(2_000);
        log.info("kill -9 workflow after {} accepted", stream.accepted.size());
        workflow.kill();
        Thread.sleep(2_000);
        workflow.restart();
        risk.awaitHealthy(STARTUP);
        workflow.awaitHealthy(STARTUP);

        // both are catching up on what arrived while they were away: stop them while they consume
        log.info("SIGTERM risk scoring and workflow after {} accepted", stream.accepted.size());
        var riskStop = CompletableFuture.supplyAsync(() -> terminate(risk));
        var workflowStop = CompletableFuture.supplyAsync(() -> terminate(workflow));
        assertThat(riskStop.join()).as("risk scoring exits within %s of SIGTERM", GRACEFUL).isPresent();
        assertThat(workflowStop.join()).as("workflow exits within %s of SIGTERM", GRACEFUL).isPresent();
        log.info("stopped in {} (risk) and {} (workflow)", riskStop.join().orElseThrow(),
                workflowStop.join().orElseThrow());
        risk.restart();
        workflow.restart();
        risk.awaitHealthy(STARTUP);
        workflow.awaitHealthy(STARTUP);
        Thread.sleep(2_000);

        stream.stop.set(true);
        client.join(Duration.ofSeconds(35));
        List<String> accepted = List.copyOf(stream.accepted);
        Files.write(logs().resolve("crash-recovery-accepted.txt"), accepted);
        log.info("{} complaints accepted, {} not ({} answered 503)", accepted.size(), stream.refused.get(),
                stream.unavailable.get());
        assertThat(accepted).hasSizeGreaterThan(50).doesNotHaveDuplicates();

        await("every accepted complaint an assessed case").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(CaseChecks.assessedCases(workflowDatabase, accepted))
                        .isEqualTo(accepted.size()));
        CaseChecks.assertEachIsOneCaseOpenedOnce(workflowDatabase, accepted);
        // the assessment workflow holds for each case is the one risk scoring holds as current
        await("workflow holds the current assessments").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(CaseChecks.currentAssessmentsInWorkflow(riskDatabase, workflowDatabase,
                        accepted)).isEqualTo(accepted.size()));

        // the consumer lag of the listeners is on Prometheus
        String operations = "Bearer " + SuiteTokens.of("e2e-ops", "OPERATIONS");
        assertThat(CaseChecks.scrape(workflow, operations)).contains("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(CaseChecks.scrape(risk, operations)).contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    /** Posts chat complaints one after the other, each of its own session, and keeps the ids intake accepted. */
    private static final class Stream implements Runnable {

        final List<String> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        private final IntakeClient client;
        private final String run = UUID.randomUUID().toString().substring(0, 8);

        Stream(IntakeClient client) {
            this.client = client;
        }

        @Override
        public void run() {
            for (int n = 0; !stop.get(); n++) {
                try {
                    IntakeClient.Answer answer = client.postChat("CHAT-CRASH-" + run + "-" + n,
                            "139%08d".formatted(n));
                    if (answer.accepted()) {
                        accepted.add(answer.complaintId());
                        log.debug("accepted {}", answer.complaintId());
                    }
                    else {
                        refused.incrementAndGet();
                        if (answer.status() == 503) {
                            unavailable.incrementAndGet();
                        }
                    }
                    Thread.sleep(25);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Optional<Duration> terminate(ServiceProcess service) {
        try {
            return service.terminate(GRACEFUL);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static ServiceProcess start(String name, String jarProperty, Map<String, String> environment)
            throws IOException {
        ServiceProcess service = ServiceProcess.start(name, jarProperty, environment);
        services.add(service);
        return service;
    }

    private static Path logs() throws IOException {
        Path logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
        Files.createDirectories(logs);
        return logs;
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
