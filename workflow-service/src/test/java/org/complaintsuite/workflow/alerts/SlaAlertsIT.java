package org.complaintsuite.workflow.alerts;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.WorkflowApplication;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.cases.ComplaintReason;
import org.complaintsuite.workflow.cases.ContactMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SLA alerts on a real PostgreSQL and a real broker, with workflow instances running side by side on one database,
 * as they do in production: each alert reaches {@code sla.alerts} once, whoever scanned and whoever relayed it, and
 * when an instance dies between publishing and cleaning up.
 */
class SlaAlertsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Long enough ago that every threshold of every clock has passed. */
    private static final Instant LONG_AGO = Instant.parse("2025-10-11T01:15:02Z");
    private static final List<Integer> THRESHOLDS = List.of(50, 75, 90, 100);

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesPublishEachAlertOfEveryCaseExactlyOnce() {
        TestInfrastructure.Database database = TestInfrastructure.newDatabase("workflow-alerts");
        String prefix = "two-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ConfigurableApplicationContext one = start(database, "workflow.alerts.relay-batch-size=50");
        start(database, "workflow.alerts.relay-batch-size=50");
        CaseService cases = one.getBean(CaseService.class);

        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = prefix + i;
            // every 4th a regulator transfer: three clocks instead of two
            boolean regulator = i % 4 == 0;
            cases.onReceived(Events.received(id, regulator ? ComplaintSource.NFRA_12378 : ComplaintSource.PHONE,
                    LONG_AGO));
            for (var clock : regulator ? SlaAlertRaised.Clock.values()
                    : new SlaAlertRaised.Clock[] {SlaAlertRaised.Clock.FIRST_CONTACT, SlaAlertRaised.Clock.RESOLUTION}) {
                THRESHOLDS.forEach(threshold -> expected.add(id + "/" + clock + "/" + threshold));
            }
        }
        // committed already met or paused, before any scan could see them: the met case's resolution clock was met
        // long after its due time, so its warnings and breach are raised all the same; the paused one raises nothing
        THRESHOLDS.forEach(threshold -> expected.add(prefix + "met/" + SlaAlertRaised.Clock.RESOLUTION + "/" + threshold));
        TransactionTemplate transactions = one.getBean(TransactionTemplate.class);
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            cases.onReceived(Events.received(prefix + "met", ComplaintSource.PHONE, LONG_AGO));
            cases.change(prefix + "met", null, kase -> {
                kase.lifecycle().contacted(LONG_AGO.plusSeconds(3600), ContactMethod.PHONE, "reached", "agent-li",
                        cases.rules(), now);
                kase.lifecycle().resolve("fee refunded", ComplaintReason.PRICING_AND_FEES,
                        "agent-li", cases.rules(), now);
            });
            Instant recently = now.minus(Duration.ofHours(2));
            cases.onReceived(Events.received(prefix + "paused", ComplaintSource.PHONE, recently));
            cases.change(prefix + "paused", null, kase -> {
                kase.lifecycle().contacted(recently.plusSeconds(3600), ContactMethod.PHONE, "reached", "agent-li",
                        cases.rules(), now);
                kase.lifecycle().pause("waiting for the customer's bank statement", "agent-li", cases.rules(), now);
            });
        });

        JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
        try (var topic = new AlertsTopic(key -> key != null && key.startsWith(prefix))) {
            await("all alerts on the topic").atMost(TIMEOUT).pollInSameThread()
                    .until(() -> topic.poll().size() >= expected.size());
            await("the outbox emptied").atMost(TIMEOUT)
                    .until(() -> jdbc.queryForObject("SELECT count(*) FROM sla_alert_outbox", Long.class) == 0);

            List<SlaAlertRaised> published = topic.readToEnd();

            assertExactlyOnce(published, expected);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sla_alert", Long.class)).isEqualTo(expected.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_event WHERE type = 'SLA_ALERT'", Long.class))
                .isEqualTo(expected.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint_case WHERE next_alert_at <= now()",
                Long.class)).isZero();
        assertThat(one.getBean(MeterRegistry.class).get("workflow.sla.alerts.outbox").gauge().value()).isZero();
    }

    @Test
    void alertsDoNotChangeTheCaseVersionSoAnAgentEditingItGetsNoConflict() {
        TestInfrastructure.Database database = TestInfrastructure.newDatabase("workflow-alerts");
        String id = "version-" + UUID.randomUUID();
        ConfigurableApplicationContext instance = start(database);
        CaseService cases = instance.getBean(CaseService.class);
        cases.onReceived(Events.received(id, ComplaintSource.PHONE, LONG_AGO));
        long seen = cases.get(id).version();

        JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);
        await("alerts raised").atMost(TIMEOUT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM sla_alert WHERE complaint_id = ?", Long.class, id) == 8);

        assertThat(cases.get(id).version()).isEqualTo(seen);
        var edited = cases.change(id, seen, kase -> kase.lifecycle().assign("agent-li", "lead-wang", cases.now()));
        assertThat(edited.assignee()).isEqualTo("agent-li");
        assertThat(cases.timeline(id)).filteredOn(entry -> entry.type().name().equals("SLA_ALERT")).hasSize(8);
    }

    @Test
    void aCaseSomeoneIsChangingIsLeftForALaterScan() throws SQLException {
        TestInfrastructure.Database database = TestInfrastructure.newDatabase("workflow-alerts");
        String busy = "busy-" + UUID.randomUUID();
        String control = "control-" + UUID.randomUUID();
        ConfigurableApplicationContext instance = start(database);
        CaseService cases = instance.getBean(CaseService.class);
        JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);
        cases.onReceived(Events.received(busy, ComplaintSource.PHONE, Instant.now().minusSeconds(60)));

        // an agent's transaction holds the complaint's lock (here a session holds it) while the case comes due
        try (var agent = DriverManager.getConnection(database.url(), database.username(), database.password())) {
            try (var statement = agent.prepareStatement("SELECT pg_advisory_lock(hashtextextended(?, 0))")) {
                statement.setString(1, busy);
                statement.execute();
            }
            jdbc.update("""
                    UPDATE complaint_case SET received_at = received_at - INTERVAL '5 days',
                        first_contact_due_at = first_contact_due_at - INTERVAL '5 days', next_alert_at = now()
                    WHERE complaint_id = ?""", busy);
            cases.onReceived(Events.received(control, ComplaintSource.PHONE, LONG_AGO));
            await("a scan after the case came due").atMost(TIMEOUT).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM sla_alert WHERE complaint_id = ?", Long.class, control) == 8);

            assertThat(jdbc.queryForObject("SELECT count(*) FROM sla_alert WHERE complaint_id = ?", Long.class, busy))
                    .isZero();
        }

        await("the busy case's alerts once it is free").atMost(TIMEOUT).until(() -> jdbc.queryForList(
                "SELECT threshold FROM sla_alert WHERE complaint_id = ? AND clock = 'FIRST_CONTACT'", Integer.class,
                busy).size() == 4);
    }

    @Test
    void aRelayThatDiesAfterPublishingABatchAndBeforeDeletingItDoesNotPublishItTwice() throws SQLException {
        TestInfrastructure.Database database = TestInfrastructure.newDatabase("workflow-alerts");
        String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ConfigurableApplicationContext first = start(database, "workflow.alerts.relay-batch-size=10");
        // the relay's deletes fail: each batch it commits to Kafka stays in the outbox, as if it died right after
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        jdbc.execute("""
                CREATE FUNCTION refuse_outbox_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'outbox deletes refused by the test';
                END;
                $$""");
        jdbc.execute("""
                CREATE TRIGGER refuse_outbox_delete BEFORE DELETE ON sla_alert_outbox
                FOR EACH STATEMENT EXECUTE FUNCTION refuse_outbox_delete()""");
        CaseService cases = first.getBean(CaseService.class);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            cases.onReceived(Events.received(prefix + i, ComplaintSource.PHONE, LONG_AGO));
            for (var clock : List.of(SlaAlertRaised.Clock.FIRST_CONTACT, SlaAlertRaised.Clock.RESOLUTION)) {
                for (int threshold : THRESHOLDS) {
                    expected.add(prefix + i + "/" + clock + "/" + threshold);
                }
            }
        }

        try (var topic = new AlertsTopic(key -> key != null && key.startsWith(prefix))) {
            await("a first batch published").atMost(TIMEOUT).pollInSameThread()
                    .until(() -> !topic.poll().isEmpty());
            await("every alert raised").atMost(TIMEOUT).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM sla_alert_outbox", Long.class) == expected.size());
            first.close();
            try (var connection = DriverManager.getConnection(database.url(), database.username(),
                    database.password()); var statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER refuse_outbox_delete ON sla_alert_outbox");
            }

            ConfigurableApplicationContext second = start(database, "workflow.alerts.relay-batch-size=10");
            JdbcTemplate secondJdbc = second.getBean(JdbcTemplate.class);
            await("the outbox emptied").atMost(TIMEOUT).until(() -> secondJdbc.queryForObject(
                    "SELECT count(*) FROM sla_alert_outbox", Long.class) == 0);

            assertExactlyOnce(topic.readToEnd(), expected);
        }
    }

    private static void assertExactlyOnce(List<SlaAlertRaised> published, Set<String> expected) {
        Map<String, Long> counts = published.stream().collect(Collectors.groupingBy(
                alert -> alert.complaintId() + "/" + alert.clock() + "/" + alert.threshold(), Collectors.counting()));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(counts).allSatisfy((alert, count) -> assertThat(count).as(alert).isEqualTo(1));
        assertThat(published).extracting(SlaAlertRaised::eventId).doesNotHaveDuplicates();
        assertThat(published).allSatisfy(alert -> assertThat(alert.kind()).isEqualTo(
                alert.threshold() == 100 ? SlaAlertRaised.Kind.BREACH : SlaAlertRaised.Kind.WARNING));
    }

    /** A workflow instance on the given database and the test broker, scanning and relaying every few hundred ms. */
    private ConfigurableApplicationContext start(TestInfrastructure.Database database, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                // the complaint topics are not part of these tests, and other tests' instances consume them
                "spring.kafka.listener.auto-startup=false",
                "server.port=0",
                "workflow.alerts.scan-interval=300ms",
                "workflow.alerts.scan-batch-size=25",
                "workflow.alerts.relay-interval=200ms"));
        all.addAll(List.of(properties));
        // as command-line arguments: they must win over application.yml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkflowApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
        instances.add(context);
        return context;
    }
}
