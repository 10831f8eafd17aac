package org.complaintsuite.workflow.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.cases.CaseTimeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention purge on real PostgreSQL: cases are opened as intake's events open them, then closed (or withdrawn)
 * at a chosen age by setting the row's timestamps. A batch of two makes the purge take several batches.
 */
@SpringBootTest(properties = {"workflow.retention.closed-case-personal-data=P180D", "workflow.retention.batch-size=2",
        "workflow.retention.purge-interval=1d"})
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class PersonalDataPurgeIT {

    private static final String SIGNALS_WITH_EVIDENCE = """
            [{"code": "REGULATOR_THREAT", "description": "threat", "weight": 40, "evidence": [
              {"kind": "TEXT_SPAN", "value": "我要去银保监会投诉", "start": 0, "end": 9},
              {"kind": "LINKED_COMPLAINT", "value": "CHAT-other"}]}]""";

    @Autowired
    PersonalDataPurge purge;

    @Autowired
    CaseService cases;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @Test
    void casesClosedLongerThanTheRetentionLoseTheirPersonalDataOnceAndKeepTheirFigures() {
        String old1 = closedDaysAgo(200, "CLOSED");
        String old2 = closedDaysAgo(181, "CLOSED");
        String withdrawn = closedDaysAgo(365, "WITHDRAWN");
        String recent = closedDaysAgo(179, "CLOSED");
        String open = openCase();
        double before = purgedCount();

        int purged = purge.purge();

        assertThat(purged).isEqualTo(3);
        assertThat(purgedCount() - before).isEqualTo(3.0);
        for (String id : new String[] {old1, old2, withdrawn}) {
            Map<String, Object> content = content(id);
            assertThat(content.get("customer_text")).isEqualTo("");
            assertThat(content.get("original_text")).isEqualTo("");
            assertThat(content.get("customer_phone")).isNull();
            assertThat(content.get("customer_name")).isNull();
            assertThat(content.get("conversation").toString()).isEqualTo("[]");
            assertThat(signals(id)).doesNotContain("银保监会").contains("REGULATOR_THREAT", "CHAT-other");
            assertThat(jdbc.queryForObject("SELECT escalation_score FROM risk_assessment WHERE complaint_id = ?",
                    Integer.class, id)).isEqualTo(40);
            assertThat(timeline.of(id)).filteredOn(entry -> entry.type() == CaseChange.Type.PERSONAL_DATA_PURGED)
                    .singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo("retention"));
        }
        for (String kept : new String[] {recent, open}) {
            assertThat(content(kept).get("customer_phone")).isEqualTo("+8613800138000");
            assertThat(content(kept).get("customer_text")).isEqualTo("利息太高了");
            assertThat(signals(kept)).contains("银保监会");
        }
    }

    @Test
    void aSecondRunPurgesNothingAndRecordsNothingMore() {
        String id = closedDaysAgo(400, "CLOSED");
        purge.purge();
        int entries = timeline.of(id).size();

        int again = purge.purge();

        assertThat(again).isZero();
        assertThat(timeline.of(id)).hasSize(entries);
    }

    private String closedDaysAgo(int days, String status) {
        String id = openCase();
        Instant at = Instant.now().minus(Duration.ofDays(days));
        jdbc.update("UPDATE complaint_case SET status = ?, closed_at = ?, withdrawn_at = ? WHERE complaint_id = ?",
                status, "CLOSED".equals(status) ? java.sql.Timestamp.from(at) : null,
                "WITHDRAWN".equals(status) ? java.sql.Timestamp.from(at) : null, id);
        return id;
    }

    private String openCase() {
        String id = "ret-" + UUID.randomUUID();
        cases.onReceived(Events.received(id, ComplaintSource.APP, Instant.now().minus(Duration.ofDays(420))));
        cases.onAssessed(Events.assessed(id, Instant.now(), 40, 0));
        jdbc.update("UPDATE risk_assessment SET escalation_signals = CAST(? AS jsonb) WHERE complaint_id = ?",
                SIGNALS_WITH_EVIDENCE, id);
        return id;
    }

    private Map<String, Object> content(String id) {
        return jdbc.queryForMap("SELECT * FROM case_content WHERE complaint_id = ?", id);
    }

    private String signals(String id) {
        return jdbc.queryForObject("SELECT escalation_signals::text FROM risk_assessment WHERE complaint_id = ?",
                String.class, id);
    }

    private double purgedCount() {
        return registry.get("complaint.cases.personal.data.purged").counter().count();
    }
}
