package org.complaintsuite.risk.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Representative;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The re-assessment lane apart from the scoring of received complaints, on real PostgreSQL and a real broker: batches
 * are scored as the listener hands them over ({@link BatchScoring}), with a coalescing window of an hour, so that what
 * the scoring left to the lane is still there to be seen; the test then makes the queued ring ready and lets the lane
 * work.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false",
        "risk.reassessment.coalescing-window=1h"})
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class ReassessmentLaneIT {

    private static final Instant T0 = Instant.parse("2025-10-09T08:20:00Z");

    @Autowired
    BatchScoring scoring;

    @Autowired
    ReassessmentLane lane;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aBigRingJoiningInABatchLeavesItsReassessmentsToTheLaneAndTheOrdinaryComplaintBehindItIsPublished() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        List<ComplaintReceived> batch = new ArrayList<>(ring(run, phone, 1, 30));
        ComplaintReceived ordinary = Complaints.chat("ordinary-" + run, "利息太高了，我要投诉");
        batch.add(ordinary);

        BatchScoring.Outcome outcome = scoring.score(batch);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.assessed()).extracting(ComplaintAssessed::complaintId).contains(ordinary.complaintId());
        // published and acknowledged before the batch returned: out of the outbox
        assertThat(outboxRows(ordinary.complaintId())).isZero();
        // the ring's members were not assessed again on the way: the first still has its assessment from before the
        // ring, and the ring waits in the lane's queue, once
        String ring = ringOf(memberId(run, 1));
        assertThat(codes(latest(memberId(run, 1)))).doesNotContain("RING");
        assertThat(queuedRings(ring)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM reassessment_queue WHERE complaint_id LIKE ?")
                .param("lane-" + run + "-%").query(Integer.class).single()).isZero();
        // the lane's gauge shows the ring waiting
        assertThat(queueGauge("rings")).isGreaterThanOrEqualTo(1);

        makeReady(ring);
        settle();
        await().atMost(Duration.ofSeconds(30)).until(() -> queueGauge("rings") == 0 && queueGauge("complaints") == 0);

        for (int member = 1; member <= 30; member++) {
            assertThat(ringSignal(latest(memberId(run, member)))).as("member " + member)
                    .contains("30 complaints from 30 customers");
        }
    }

    @Test
    void aRingGrowingInSeveralBatchesWithinTheWindowIsQueuedOnceAndExpandedOnceAsItIsThen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        scoring.score(ring(run, phone, 1, 3));
        String ring = ringOf(memberId(run, 1));
        String queuedBy = jdbc.sql("SELECT caused_by FROM ring_reassessment WHERE cluster_id = ?").param(ring)
                .query(String.class).single();

        for (int first = 4; first <= 12; first += 3) {
            scoring.score(ring(run, phone, first, first + 2));
            assertThat(queuedRings(ring)).as("after member " + (first + 2)).isEqualTo(1);
        }

        // still the one job of the first growth: the lane has not expanded the ring in between
        assertThat(jdbc.sql("SELECT caused_by FROM ring_reassessment WHERE cluster_id = ?").param(ring)
                .query(String.class).single()).isEqualTo(queuedBy);
        assertThat(codes(latest(memberId(run, 1)))).doesNotContain("RING");
        makeReady(ring);
        settle();
        for (int member = 1; member <= 12; member++) {
            assertThat(ringSignal(latest(memberId(run, member)))).as("member " + member)
                    .contains("12 complaints from 12 customers");
        }
    }

    /** Regulator transfers of different customers filed through one agent's phone, members first to last. */
    private static List<ComplaintReceived> ring(String run, String agentPhone, int first, int last) {
        List<ComplaintReceived> members = new ArrayList<>();
        for (int member = first; member <= last; member++) {
            String id = memberId(run, member);
            members.add(Complaints.complaint(id).source(ComplaintSource.NFRA_12378)
                    .regulatorCase("NFRA-" + id).customerKey("idn-" + id).idNumberHash("hash-" + id)
                    .representative(new Representative("代理人", agentPhone, null, null, false))
                    .text("本人借款后被收取会员费，要求退还").receivedAt(T0.plusSeconds(60L * member)).build());
        }
        return members;
    }

    private static String uniquePhone() {
        return "+86177" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private static String memberId(String run, int member) {
        return "lane-" + run + "-" + String.format("%02d", member);
    }

    /** The ring as if queued before the window: the lane may expand it now. */
    private void makeReady(String ring) {
        jdbc.sql("UPDATE ring_reassessment SET queued_at = queued_at - interval '2 hours' WHERE cluster_id = ?")
                .param(ring).update();
        lane.wake();
    }

    /** Works the re-assessment queues until they are empty and committed (the lane's thread may be at it too). */
    private void settle() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            lane.drain();
            return jdbc.sql("SELECT (SELECT count(*) FROM ring_reassessment) + (SELECT count(*) FROM reassessment_queue)")
                    .query(Integer.class).single() == 0;
        });
    }

    /** The lane's gauge of its queue, as Prometheus reads it ({@code risk_reassessment_queue}). */
    private double queueGauge(String queue) {
        return meters.get("risk.reassessment.queue").tag("queue", queue).gauge().value();
    }

    private int queuedRings(String ring) {
        return jdbc.sql("SELECT count(*) FROM ring_reassessment WHERE cluster_id = ?").param(ring)
                .query(Integer.class).single();
    }

    private int outboxRows(String complaintId) {
        return jdbc.sql("SELECT count(*) FROM assessment_outbox WHERE complaint_id = ?").param(complaintId)
                .query(Integer.class).single();
    }

    private String ringOf(String complaintId) {
        return jdbc.sql("SELECT cluster_id FROM cluster_member WHERE complaint_id = ?").param(complaintId)
                .query(String.class).single();
    }

    private ComplaintAssessed latest(String complaintId) {
        return assessments.find(complaintId).orElseThrow();
    }

    private static List<String> codes(ComplaintAssessed assessed) {
        return assessed.proxy().signals().stream().map(RiskSignal::code).toList();
    }

    private static String ringSignal(ComplaintAssessed assessed) {
        return assessed.proxy().signals().stream().filter(s -> s.code().equals("RING")).map(RiskSignal::description)
                .findFirst().orElse("");
    }
}
