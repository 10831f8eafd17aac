package org.complaintsuite.risk.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention purge on real PostgreSQL: complaints are scored by the service, then aged by setting their
 * {@code received_at}. A batch of two makes the purge take several batches.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false",
        "risk.retention.assessment-personal-data=P180D", "risk.retention.batch-size=2",
        "risk.retention.purge-interval=1d"})
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class AssessmentPurgeIT {

    private static final String WORDS = "再不处理我就去银保监会投诉";

    @Autowired
    AssessmentPurge purge;

    @Autowired
    AssessmentService service;

    @Autowired
    LinkStore links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @Test
    void complaintsOlderThanTheRetentionLoseTheirPayloadAndQuotedWordsOnceAndKeepTheirScores() {
        String old1 = scoredDaysAgo(200);
        String old2 = scoredDaysAgo(181);
        String old3 = scoredDaysAgo(900);
        String recent = scoredDaysAgo(30);
        int scoreBefore = escalationScore(old1);
        assertThat(body(old1)).contains("银保监会", "REGULATOR_THREAT", "TEXT_SPAN");
        double before = purgedCount();

        int purged = purge.purge();

        assertThat(purged).isGreaterThanOrEqualTo(3);
        assertThat(purgedCount() - before).isEqualTo(purged);
        for (String id : new String[] {old1, old2, old3}) {
            assertThat(payload(id)).isEqualTo("{}");
            assertThat(body(id)).doesNotContain("银保监会").doesNotContain("TEXT_SPAN").contains("REGULATOR_THREAT");
            assertThat(escalationScore(id)).isEqualTo(scoreBefore);
            assertThat(links.find(id)).as("a purged complaint is not assessed again").isEmpty();
        }
        assertThat(payload(recent)).contains(WORDS, "+8613800138000");
        assertThat(body(recent)).contains("银保监会");
        assertThat(links.find(recent)).isPresent();

        assertThat(purge.purge()).as("a second run").isZero();
    }

    private String scoredDaysAgo(int days) {
        String id = "ret-" + UUID.randomUUID();
        service.process(Complaints.chat(id, WORDS));
        jdbc.update("UPDATE complaint SET received_at = ? WHERE complaint_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(days))), id);
        return id;
    }

    private String payload(String id) {
        return jdbc.queryForObject("SELECT payload::text FROM complaint WHERE complaint_id = ?", String.class, id);
    }

    private String body(String id) {
        return jdbc.queryForObject("SELECT body::text FROM assessment WHERE complaint_id = ?", String.class, id);
    }

    private int escalationScore(String id) {
        return jdbc.queryForObject("SELECT escalation_score FROM assessment WHERE complaint_id = ?", Integer.class, id);
    }

    private double purgedCount() {
        return registry.get("risk.complaints.personal.data.purged").counter().count();
    }
}
