package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.routing.SpecialistGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's statements walk the V2 indexes instead of reading and sorting every case: checked with EXPLAIN on
 * 200,000 cases (a database of its own: the listeners are not started, which gives this test its own context).
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseQueuePlanIT {

    private static final Logger log = LoggerFactory.getLogger(CaseQueuePlanIT.class);
    private static final Instant NOW = Instant.now();

    @Autowired
    JdbcClient jdbc;

    /** 60 % closed (no running clock), the rest open in four groups, 50 agents, due over the next weeks. */
    @BeforeAll
    void twoHundredThousandCases() {
        jdbc.sql("""
                INSERT INTO complaint_case (complaint_id, channel, source, external_reference, customer_key,
                    received_at, first_contact_due_at, status, assigned_group, routing_reason, created_at, updated_at,
                    version, resolution_started_at, resolution_base_due_at, resolution_due_at, assignee,
                    escalation_level, proxy_level, next_due_at)
                SELECT 'plan-' || i, 'CHAT', 'APP', 'REF-' || i, 'customer-' || (i % 50000),
                    now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval + interval '48 hours',
                    s.status, (ARRAY['GENERAL','ESCALATED','ANTI_FRAUD','PUBLIC_PLATFORM'])[1 + i % 4], 'routine',
                    now(), now(), 0, now(), now(), now() + interval '7 days',
                    CASE WHEN s.status IN ('ASSIGNED', 'CONTACTED') THEN 'agent-' || (i % 50) END,
                    (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + i % 4], 'LOW',
                    CASE WHEN s.status IN ('CLOSED', 'RESOLVED') THEN NULL
                         ELSE now() - (i || ' minutes')::interval + interval '48 hours' END
                FROM generate_series(1, 200000) i,
                    LATERAL (SELECT CASE WHEN i % 10 < 6 THEN 'CLOSED' WHEN i % 10 = 6 THEN 'RECEIVED'
                                         WHEN i % 10 = 7 THEN 'ASSIGNED' WHEN i % 10 = 8 THEN 'CONTACTED'
                                         ELSE 'RESOLVED' END AS status) s""").update();
        jdbc.sql("ANALYZE complaint_case").update();
    }

    @Test
    void theWholeQueueIsReadInUrgencyOrderFromTheUrgencyIndex() {
        String plan = explain(filter(null, null, null, null, null), Part.RUNNING, 0);

        assertThat(plan).contains("complaint_case_urgency_idx").doesNotContain("Seq Scan");
    }

    @Test
    void theCasesWithoutARunningClockAreReadByReceiptFromItsIndex() {
        String plan = explain(filter(null, null, null, null, null), Part.REST, 0);

        assertThat(plan).contains("complaint_case_received_idx").doesNotContain("Seq Scan");
    }

    @Test
    void aGroupsOpenCasesAreReadAndCountedWithoutReadingEveryCase() {
        CaseQueue.Filter filter = filter(SpecialistGroup.GENERAL, List.of(CaseStatus.RECEIVED), null, null, null);

        assertThat(explain(filter, Part.RUNNING, 0)).doesNotContain("Seq Scan");
        assertThat(explain(filter, Part.COUNT, 0)).contains("complaint_case_queue_idx").doesNotContain("Seq Scan");
    }

    @Test
    void anAgentsCasesAreReadAndCountedFromTheAssigneeIndex() {
        CaseQueue.Filter filter = filter(null, null, "agent-7", null, null);

        assertThat(explain(filter, Part.RUNNING, 0)).doesNotContain("Seq Scan");
        assertThat(explain(filter, Part.COUNT, 0)).contains("complaint_case_assignee_idx").doesNotContain("Seq Scan");
    }

    @Test
    void breachedAndDueBeforeAreRangesOfTheUrgencyIndex() {
        assertThat(explain(filter(null, null, null, null, true), Part.RUNNING, 0)).doesNotContain("Seq Scan");
        assertThat(explain(filter(null, null, null, null, true), Part.COUNT, 0)).doesNotContain("Seq Scan");
        assertThat(explain(new CaseQueue.Filter(null, null, null, List.of(RiskLevel.CRITICAL), null,
                NOW.plus(Duration.ofHours(1)), null, 0, 50, null), Part.RUNNING, 0)).doesNotContain("Seq Scan");
    }

    @Test
    void aLaterPageIsReadFromTheIndexToo() {
        assertThat(explain(filter(null, null, null, null, null), Part.RUNNING, 2000)).doesNotContain("Seq Scan");
    }

    private enum Part {
        COUNT, RUNNING, REST
    }

    private static CaseQueue.Filter filter(SpecialistGroup group, List<CaseStatus> status, String assignee,
            List<RiskLevel> escalation, Boolean breached) {
        return new CaseQueue.Filter(group, status, assignee, escalation, null, null, breached, 0, 50, null);
    }

    private String explain(CaseQueue.Filter filter, Part part, long offset) {
        CaseQueue.Statements statements = CaseQueue.statements(filter, NOW);
        String sql = switch (part) {
            case COUNT -> statements.count();
            case RUNNING -> statements.running();
            case REST -> statements.rest();
        };
        Map<String, Object> params = new HashMap<>(statements.params());
        params.put("offset", offset);
        params.put("limit", 50);
        String plan = String.join("\n", jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params)
                .query(String.class).list());
        log.info("Queue {} at offset {} for {}:\n{}", part, offset, filter, plan);
        return plan;
    }
}
