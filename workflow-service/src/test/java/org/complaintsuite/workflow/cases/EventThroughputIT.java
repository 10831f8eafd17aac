package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlog drained: {@code workflow.throughput.complaints} complaints (300 unless asked for more) and as many
 * assessments wait on the topics, then the complaint listeners start; every complaint becomes one case with its clocks
 * and its assessment stored and applied. The time it took is printed with the statements and commits per complaint, a
 * measurement, never asserted; for a figure worth reading, ask for more complaints:
 * <pre>
 * ./mvnw -q verify -pl workflow-service -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=EventThroughputIT -Dworkflow.throughput.complaints=5000
 * </pre>
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, EventThroughputIT.Counting.class})
class EventThroughputIT {

    private static final List<ComplaintSource> SOURCES = List.of(ComplaintSource.PHONE, ComplaintSource.APP,
            ComplaintSource.WECHAT, ComplaintSource.NFRA_12378);

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter counter;

    @Test
    void aBacklogOfComplaintsAndAssessmentsIsDrained() {
        int complaints = Integer.getInteger("workflow.throughput.complaints", 300);
        String run = "tp-" + System.nanoTime() + "-";
        Instant received = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < complaints; i++) {
            String id = run + i;
            kafka.send(Topics.COMPLAINTS_RECEIVED, id, Events.received(id, SOURCES.get(i % SOURCES.size()),
                    received.plusMillis(i)));
        }
        for (int i = 0; i < complaints; i++) {
            String id = run + i;
            // a mix of levels, so that some cases are routed away from GENERAL and change their rollup row
            kafka.send(Topics.COMPLAINTS_ASSESSED, id, Events.assessed(id, received.plusSeconds(5).plusMillis(i),
                    (i * 37) % 100, (i * 11) % 60));
        }
        kafka.flush();
        long statementsBefore = counter.statements.get();
        long commitsBefore = counter.commits.get();

        long started = System.nanoTime();
        listeners.getListenerContainer("workflow-received").start();
        listeners.getListenerContainer("workflow-assessed").start();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql("""
                SELECT count(*) FROM complaint_case WHERE complaint_id LIKE :run AND escalation_level IS NOT NULL""")
                .param("run", run + "%").query(Long.class).single() == complaints);
        double seconds = (System.nanoTime() - started) / 1e9;
        listeners.getListenerContainer("workflow-received").stop();
        listeners.getListenerContainer("workflow-assessed").stop();
        assertThat(jdbc.sql("SELECT count(*) FROM risk_assessment WHERE complaint_id LIKE :run")
                .param("run", run + "%").query(Long.class).single()).isEqualTo(complaints);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_case WHERE complaint_id LIKE :run"
                + " AND first_contact_due_at > received_at").param("run", run + "%").query(Long.class).single())
                .isEqualTo(complaints);

        // from the first case opened to the last change of a case (its assessment applied), without the consumers'
        // start and the group's rebalance
        double inDatabase = jdbc.sql("""
                SELECT EXTRACT(EPOCH FROM max(updated_at) - min(created_at)) FROM complaint_case
                WHERE complaint_id LIKE :run""").param("run", run + "%").query(Double.class).single();
        System.out.printf(Locale.ROOT, "%nTHROUGHPUT %d complaints + %d assessments in %.1f s: %.0f complaints/s "
                        + "(%.0f/s from the first case opened to the last assessed); "
                        + "%.1f statements and %.2f commits per complaint (received and assessed together)%n%n",
                complaints, complaints, seconds, complaints / seconds, complaints / inDatabase,
                (counter.statements.get() - statementsBefore) / (double) complaints,
                (counter.commits.get() - commitsBefore) / (double) complaints);
    }
}
