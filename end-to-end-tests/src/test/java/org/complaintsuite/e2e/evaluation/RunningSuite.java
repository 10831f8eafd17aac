package org.complaintsuite.e2e.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.SuiteTokens;
import org.complaintsuite.testsupport.TestInfrastructure;

/**
 * The whole suite, started once per test JVM and shared by every end-to-end test class: the three services'
 * executable jars as separate processes, on the test broker and fresh PostgreSQL databases of their own (risk
 * scoring's link store, workflow's cases). Starting it costs most of an end-to-end run on a small machine, so test
 * classes share it instead of starting their own.
 * <p>
 * Get it as a parameter of a {@code @BeforeAll} or test method of a class annotated
 * {@code @ExtendWith(RunningSuite.Extension.class)}. It is kept in JUnit's root store, so it is stopped when the
 * test run ends, while the broker is still up; a JVM shutdown hook stops it too if it was started outside JUnit.
 * Tests share its data: each must use identifiers of its own (its own call ids, customers, phone numbers).
 */
public final class RunningSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningSuite.class);
    private static final Duration STARTUP = Duration.ofSeconds(150);

    private static RunningSuite instance;

    private final String kafkaBootstrapServers;
    private final TestInfrastructure.Database riskDatabase;
    private final TestInfrastructure.Database workflowDatabase;
    private final ServiceProcess intake;
    private final ServiceProcess risk;
    private final ServiceProcess workflow;
    private boolean closed;

    private RunningSuite(String kafkaBootstrapServers, TestInfrastructure.Database riskDatabase,
            TestInfrastructure.Database workflowDatabase, ServiceProcess intake, ServiceProcess risk,
            ServiceProcess workflow) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.riskDatabase = riskDatabase;
        this.workflowDatabase = workflowDatabase;
        this.intake = intake;
        this.risk = risk;
        this.workflow = workflow;
    }

    /** The suite of this JVM, started (and health-checked) on first use. */
    public static synchronized RunningSuite get() {
        if (instance == null || instance.closed) {
            instance = start();
            RunningSuite started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "running-suite-shutdown"));
        }
        return instance;
    }

    private static RunningSuite start() {
        long begin = System.nanoTime();
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        TestInfrastructure.Database riskDatabase = TestInfrastructure.newDatabase("risk");
        TestInfrastructure.Database workflowDatabase = TestInfrastructure.newDatabase("workflow");
        List<ServiceProcess> started = new ArrayList<>();
        try {
            ServiceProcess intake = ServiceProcess.start("intake-service", "e2e.jar.intake", common(kafka));
            started.add(intake);
            ServiceProcess risk = ServiceProcess.start("risk-scoring-service", "e2e.jar.risk",
                    riskEnvironment(kafka, riskDatabase));
            started.add(risk);
            ServiceProcess workflow = ServiceProcess.start("workflow-service", "e2e.jar.workflow",
                    workflowEnvironment(kafka, workflowDatabase));
            started.add(workflow);
            for (ServiceProcess service : started) {
                service.awaitHealthy(STARTUP);
            }
            log.info("Suite started in {} s", (System.nanoTime() - begin) / 1_000_000_000);
            return new RunningSuite(kafka, riskDatabase, workflowDatabase, intake, risk, workflow);
        }
        catch (IOException ex) {
            stopAll(started);
            throw new UncheckedIOException("the suite did not start", ex);
        }
        catch (RuntimeException | Error ex) {
            stopAll(started);
            throw ex;
        }
    }

    /** Another instance of risk scoring on the suite's database and broker: it joins the same consumer groups. */
    public ServiceProcess startAnotherRisk(String name) throws IOException {
        return ServiceProcess.start(name, "e2e.jar.risk", riskEnvironment(kafkaBootstrapServers, riskDatabase));
    }

    /** Another instance of workflow on the suite's database and broker: it joins the same consumer groups. */
    public ServiceProcess startAnotherWorkflow(String name) throws IOException {
        return ServiceProcess.start(name, "e2e.jar.workflow",
                workflowEnvironment(kafkaBootstrapServers, workflowDatabase));
    }

    /** Every service checks the tests' tokens (SuiteTokens) with the suite's one secret. */
    private static Map<String, String> common(String kafka) {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "INTAKE_ID_HASH_KEY", "end-to-end-test-key",
                "SUITE_JWT_SECRET", SuiteTokens.SECRET);
    }

    /**
     * The evaluation set is dated from 2025-07: with the shipped retention (180 days) the purge, a minute after start,
     * would empty the payloads of complaints scored early in the run, and purged ones are never re-assessed when their
     * ring grows.
     */
    private static Map<String, String> riskEnvironment(String kafka, TestInfrastructure.Database database) {
        return merge(common(kafka), Map.of("RISK_DB_URL", database.url(), "RISK_DB_USER", database.username(),
                "RISK_DB_PASSWORD", database.password(), "RISK_RETENTION_ASSESSMENT_PERSONAL_DATA", "P3650D"));
    }

    private static Map<String, String> workflowEnvironment(String kafka, TestInfrastructure.Database database) {
        return merge(common(kafka), Map.of("WORKFLOW_DB_URL", database.url(), "WORKFLOW_DB_USER",
                database.username(), "WORKFLOW_DB_PASSWORD", database.password()));
    }

    public ServiceProcess intake() {
        return intake;
    }

    public ServiceProcess risk() {
        return risk;
    }

    public ServiceProcess workflow() {
        return workflow;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public TestInfrastructure.Database riskDatabase() {
        return riskDatabase;
    }

    public TestInfrastructure.Database workflowDatabase() {
        return workflowDatabase;
    }

    /** Stops the three services; a second call does nothing. */
    @Override
    public void close() {
        synchronized (RunningSuite.class) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopAll(List.of(intake, risk, workflow));
    }

    private static void stopAll(List<ServiceProcess> services) {
        for (ServiceProcess service : services) {
            try {
                service.close();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    /**
     * Resolves {@link RunningSuite} parameters, keeping the suite in the root store of the test run so that JUnit
     * closes it after the last test class.
     */
    public static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RunningSuite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningSuite.class, key -> get(),
                    RunningSuite.class);
        }
    }
}
