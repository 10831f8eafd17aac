package org.complaintsuite.workflow.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.ConsumerGroupProbe;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dead letters on a real PostgreSQL and a real broker: a record risk scoring gave up on, published to
 * {@code complaints.received-dlt} as the shared recoverer publishes it (risk scoring does not run here), is stored,
 * marks its case "assessment failed", alerts operations, is listed and replayed once. Only the dead-letter consumer
 * runs, in a consumer group of its own, so that this context takes no complaints from other tests' contexts.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false",
        "workflow.dead-letters.consumer-group=dead-letters-it-${random.uuid}",
        // one more cached context beside the other tests': a small pool, so that PostgreSQL's connections last
        "spring.datasource.hikari.maximum-pool-size=3"})
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterReplayIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String DLT = Topics.deadLetter(Topics.COMPLAINTS_RECEIVED);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    DeadLetterProperties properties;

    @Autowired
    MeterRegistry registry;

    @Autowired
    DeadLetterMetrics metrics;

    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void startDeadLetterConsumer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
        MessageListenerContainer container = listeners.getListenerContainer(DeadLetterListener.ID);
        assertThat(container).isNotNull();
        container.start();
        ContainerTestUtils.waitForAssignment(container, TestInfrastructure.PARTITIONS * properties.topics().size());
        // dead letters other test classes left on these topics are stored first, so that the counts below are ours
        ConsumerGroupProbe.awaitCaughtUp(container.getGroupId(),
                properties.topics().stream().map(Topics::deadLetter).toList(), TIMEOUT);
    }

    @AfterAll
    void stopDeadLetterConsumer() {
        producer.close();
        MessageListenerContainer container = listeners.getListenerContainer(DeadLetterListener.ID);
        if (container != null && container.isRunning()) {
            container.stop();
        }
    }

    @Test
    void aComplaintRiskScoringGaveUpOnMarksItsCaseAndIsReplayedOnceUntilAnAssessmentClearsIt() throws Exception {
        String complaintId = "dl-it-" + UUID.randomUUID();
        ComplaintReceived complaint = Events.received(complaintId, ComplaintSource.APP,
                Instant.parse("2025-10-11T01:15:02Z"));
        cases.onReceived(complaint);
        byte[] value = JSON.writeValueAsBytes(complaint);
        double failedBefore = counter();
        double pendingBefore = pending();

        deadLetter(complaintId, value, "risk-scoring-service");

        long id = awaitDeadLetter(complaintId);
        String ops = TestTokens.of("ops-zhao", Role.OPERATIONS.name());
        mvc.perform(get("/api/v1/dead-letters").param("topic", Topics.COMPLAINTS_RECEIVED).param("pending", "true")
                        .header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/dead-letters/{id}", id).header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topic").value(Topics.COMPLAINTS_RECEIVED))
                .andExpect(jsonPath("$.deadLetterTopic").value(DLT))
                .andExpect(jsonPath("$.key").value(complaintId))
                .andExpect(jsonPath("$.consumerGroup").value("risk-scoring-service"))
                .andExpect(jsonPath("$.exceptionCauseClass").value("org.postgresql.util.PSQLException"))
                .andExpect(jsonPath("$.exceptionMessage").value("unsupported Unicode escape sequence"))
                .andExpect(jsonPath("$.pending").value(true))
                // shown masked: the phone of the stored record is kept for the replay only
                .andExpect(jsonPath("$.value").value(org.hamcrest.Matchers.containsString("+86138****8000")));
        mvc.perform(get("/api/v1/dead-letters/topics").header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.topic == 'complaints.received')].topic", hasItem(Topics.COMPLAINTS_RECEIVED)));

        // the case says so, in the queue, on its timeline, in the operations inbox and the metrics
        String agent = TestTokens.of("agent-li", Role.AGENT.name());
        mvc.perform(get("/api/v1/cases/{id}", complaintId).header("Authorization", "Bearer " + agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessmentFailure.reason").value("PSQLException"))
                .andExpect(jsonPath("$.assessmentFailure.deadLetterId").value(id))
                .andExpect(jsonPath("$.timeline[*].type", hasItem("ASSESSMENT_FAILED")));
        mvc.perform(get("/api/v1/cases").param("assessmentFailed", "true").param("size", "200")
                        .header("Authorization", "Bearer " + agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.complaintId == '" + complaintId + "')].assessmentFailed",
                        hasItem(true)));
        String queueWithoutFailures = mvc.perform(get("/api/v1/cases").param("assessmentFailed", "false")
                .param("size", "200").header("Authorization", "Bearer " + agent)).andReturn().getResponse()
                .getContentAsString();
        assertThat(queueWithoutFailures).doesNotContain(complaintId);
        mvc.perform(get("/api/v1/inbox").header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.complaintId == '" + complaintId + "')].kind",
                        hasItem("ASSESSMENT_FAILED")))
                .andExpect(jsonPath("$.items[?(@.complaintId == '" + complaintId + "')].audience", hasItem("ROLE")));
        String agentInbox = mvc.perform(get("/api/v1/inbox").header("Authorization", "Bearer " + agent))
                .andReturn().getResponse().getContentAsString();
        assertThat(agentInbox).doesNotContain(complaintId);
        assertThat(counter()).isEqualTo(failedBefore + 1);
        assertThat(gauge("workflow.cases.assessment.failed")).isGreaterThanOrEqualTo(1);
        assertThat(pending()).isEqualTo(pendingBefore + 1);

        // replayed once: the original record, key and bytes, back on complaints.received
        try (TopicProbe probe = TopicProbe.of(Topics.COMPLAINTS_RECEIVED)) {
            mvc.perform(post("/api/v1/dead-letters/{id}/replay", id).header("Authorization", "Bearer " + ops))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.pending").value(false))
                    .andExpect(jsonPath("$.replayedBy").value("ops-zhao"))
                    .andExpect(jsonPath("$.replayCount").value(1));
            ConsumerRecord<String, String> replayed = probe.awaitRecord(Topics.COMPLAINTS_RECEIVED, complaintId,
                    TIMEOUT);
            assertThat(replayed.value().getBytes(StandardCharsets.UTF_8)).isEqualTo(value);

            mvc.perform(post("/api/v1/dead-letters/{id}/replay", id).header("Authorization", "Bearer " + ops))
                    .andExpect(status().isConflict());
            probe.poll();
            assertThat(probe.records(Topics.COMPLAINTS_RECEIVED, complaintId)).hasSize(1);
        }
        mvc.perform(get("/api/v1/dead-letters/{id}", id).header("Authorization", "Bearer " + ops))
                .andExpect(jsonPath("$.replayCount").value(1));
        assertThat(pending()).isEqualTo(pendingBefore);

        // the assessment that follows the replay clears the failure
        cases.onAssessed(Events.assessed(complaintId, Instant.parse("2025-10-11T02:00:00Z"), 10, 0));
        mvc.perform(get("/api/v1/cases/{id}", complaintId).header("Authorization", "Bearer " + agent))
                .andExpect(jsonPath("$.assessmentFailure").doesNotExist())
                .andExpect(jsonPath("$.timeline[*].type", hasItem("ASSESSMENT_FAILURE_CLEARED")));
    }

    @Test
    void aDeadLetterReadTwiceIsStoredOnceAndOneFromAnotherConsumerDoesNotFailAnAssessment() throws Exception {
        String complaintId = "dl-it-" + UUID.randomUUID();
        deadLetter(complaintId, "{}".getBytes(StandardCharsets.UTF_8), "workflow-service");

        long id = awaitDeadLetter(complaintId);
        // the same dead-letter record stored again (a redelivery after a crash) adds nothing
        var stored = jdbc.sql("SELECT dlt_topic, dlt_partition, dlt_offset FROM dead_letter WHERE id = :id")
                .param("id", id).query((rs, row) -> List.of(rs.getString(1), rs.getInt(2), rs.getLong(3))).single();
        var again = new ConsumerRecord<String, byte[]>((String) stored.get(0), (Integer) stored.get(1),
                (Long) stored.get(2), complaintId, "{}".getBytes(StandardCharsets.UTF_8));
        deadLetters.receive(again);

        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter WHERE record_key = :key").param("key", complaintId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_failure WHERE complaint_id = :id")
                .param("id", complaintId).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/dead-letters").header("Authorization",
                        "Bearer " + TestTokens.of("agent-li", Role.AGENT.name())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dead-letters").param("size", "1001").header("Authorization",
                        "Bearer " + TestTokens.of("ops-zhao", Role.OPERATIONS.name())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/dead-letters/{id}/replay", Long.MAX_VALUE).header("Authorization",
                        "Bearer " + TestTokens.of("ops-zhao", Role.OPERATIONS.name())))
                .andExpect(status().isNotFound());
    }

    @Autowired
    DeadLetterService deadLetters;

    private void deadLetter(String complaintId, byte[] value, String group) throws Exception {
        var record = new ProducerRecord<>(DLT, null, complaintId, value, List.of(
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes(Topics.COMPLAINTS_RECEIVED)),
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(1).array()),
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(42).array()),
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, bytes(group)),
                new RecordHeader(KafkaHeaders.DLT_EXCEPTION_FQCN,
                        bytes("org.springframework.kafka.listener.ListenerExecutionFailedException")),
                new RecordHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, bytes("org.postgresql.util.PSQLException")),
                new RecordHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bytes("unsupported Unicode escape sequence"))));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private long awaitDeadLetter(String key) {
        return await("dead letter " + key).atMost(TIMEOUT).until(() -> jdbc.sql(
                        "SELECT id FROM dead_letter WHERE record_key = :key").param("key", key).query(Long.class)
                .optional(), java.util.Optional::isPresent).orElseThrow();
    }

    private double counter() {
        return registry.get("workflow.assessments.failed").counter().count();
    }

    private double pending() {
        metrics.refresh();
        return registry.get("workflow.dead.letters.pending").tag("topic", Topics.COMPLAINTS_RECEIVED).gauge().value();
    }

    private double gauge(String name) {
        metrics.refresh();
        return registry.get(name).gauge().value();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
