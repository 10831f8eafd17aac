package org.complaintsuite.workflow.cases;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.utils.ContainerTestUtils;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;
import org.complaintsuite.workflow.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The complaint events applied a poll at a time ({@link CaseEventBatches}) make the cases one event at a time makes,
 * and a record that fails in a poll is dead-lettered while the others are applied. The listeners start only in the
 * test that needs them, after its records are on the topics, so that they arrive in one poll.
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class CaseEventBatchesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant RECEIVED = Instant.parse("2025-10-11T01:15:02Z");

    @Autowired
    CaseService cases;

    @Autowired
    CaseEventBatches batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aPollOfComplaintsAndAssessmentsMakesTheSameCasesAsOneEventAtATime() {
        // one at a time, as the record listeners did
        cases.onAssessed(early("one-"));
        received("one-").forEach(cases::onReceived);
        assessed("one-").forEach(cases::onAssessed);

        // the same events, a poll of each topic at a time
        batches.assessed(List.of(early("poll-")));
        batches.received(received("poll-"));
        batches.assessed(assessed("poll-"));

        assertThat(cases("poll-")).isEqualTo(cases("one-")).hasSize(5);
        assertThat(timelines("poll-")).isEqualTo(timelines("one-"));
        assertThat(cases("poll-"))
                .hasEntrySatisfying("before-its-case", line -> assertThat(line).startsWith("ANTI_FRAUD|"))
                .hasEntrySatisfying("assessed", line -> assertThat(line).startsWith("ESCALATED|"))
                .hasEntrySatisfying("twice", line -> assertThat(line).contains("|2025-10-11 01:15:02|"))
                .hasEntrySatisfying("repeat", line -> assertThat(line).startsWith("COMPLEX|").contains("|first|"));
        assertThat(jdbc.sql("SELECT count(*) FROM risk_assessment WHERE complaint_id LIKE 'poll-%' AND applied_at "
                + "IS NOT NULL").query(Long.class).single()).as("assessments with the time they were applied")
                .isEqualTo(2);
        assertThat(rollupAsWritten()).as("the SLA rollup the batches wrote").isNotEmpty()
                .isEqualTo(rollupOfTheCases());
    }

    @Test
    void aRecordThatFailsInAPollIsDeadLetteredWhileTheOthersAreApplied() {
        String tooLong = "bad-" + "x".repeat(80);
        try (var deadLetters = TopicProbe.of(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED))) {
            send("dl-before", Events.received("dl-before", ComplaintSource.APP, RECEIVED));
            // a complaint id longer than the case's key: the database refuses it, in the batch and on its own
            send(tooLong, Events.received(tooLong, ComplaintSource.APP, RECEIVED));
            send("dl-unreadable", "not a complaint");
            send("dl-after", Events.received("dl-after", ComplaintSource.PHONE, RECEIVED));
            MessageListenerContainer container = listeners.getListenerContainer("workflow-received");
            assertThat(container).isNotNull();
            container.start();
            try {
                ContainerTestUtils.waitForAssignment(container, TestInfrastructure.PARTITIONS);
                await().atMost(TIMEOUT).until(() -> caseExists("dl-before") && caseExists("dl-after"));

                ConsumerRecord<String, String> refused = deadLetters.awaitRecord(
                        Topics.deadLetter(Topics.COMPLAINTS_RECEIVED), tooLong, TIMEOUT);
                assertThat(header(refused, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.COMPLAINTS_RECEIVED);
                assertThat(header(refused, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("too long");
                // the shared recoverer names the record's own cause, not the batch listener's report of it
                assertThat(header(refused, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                        .isNotEqualTo(BatchListenerFailedException.class.getName())
                        .endsWith("DataIntegrityViolationException");
                assertThat(header(refused, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
                        .contains("DataIntegrityViolationException");
                ConsumerRecord<String, String> unreadable = deadLetters.awaitRecord(
                        Topics.deadLetter(Topics.COMPLAINTS_RECEIVED), "dl-unreadable", TIMEOUT);
                assertThat(unreadable.value()).isEqualTo("\"not a complaint\"");
                assertThat(caseExists(tooLong)).isFalse();
            }
            finally {
                container.stop();
            }
        }
    }

    private static ComplaintAssessed early(String prefix) {
        return Events.assessed(prefix + "before-its-case", RECEIVED.plusSeconds(5), 10, 70);
    }

    private static List<ComplaintReceived> received(String prefix) {
        return List.of(Events.received(prefix + "assessed", ComplaintSource.APP, RECEIVED),
                Events.received(prefix + "twice", ComplaintSource.PHONE, RECEIVED),
                Events.received(prefix + "before-its-case", ComplaintSource.NFRA_12378, RECEIVED),
                Events.received(prefix + "twice", ComplaintSource.PHONE, RECEIVED.plusSeconds(3600)),
                ofCustomer(Events.received(prefix + "first", ComplaintSource.PHONE, RECEIVED), prefix + "customer"),
                ofCustomer(Events.received(prefix + "repeat", ComplaintSource.APP, RECEIVED.plusSeconds(60)),
                        prefix + "customer"));
    }

    private static List<ComplaintAssessed> assessed(String prefix) {
        ComplaintAssessed assessed = Events.assessed(prefix + "assessed", RECEIVED.plusSeconds(5), 85, 10);
        return List.of(assessed, assessed, Events.assessed(prefix + "assessed", RECEIVED.plusSeconds(1), 10, 10));
    }

    private static ComplaintReceived ofCustomer(ComplaintReceived c, String customerKey) {
        return new ComplaintReceived(c.eventId(), c.occurredAt(), c.complaintId(), c.channel(), c.source(),
                c.externalReference(), c.receivedAt(), new Customer(null, customerKey, null, c.customer().phone(),
                        null, null, null, null, null), c.representative(), c.text(), c.regulator(), c.attachments(),
                c.normalizationWarnings(), c.conversation());
    }

    /** Each case as a line of what an agent and the figures see, by the complaint id without the prefix. */
    private Map<String, String> cases(String prefix) {
        return jdbc.sql("""
                SELECT complaint_id, concat_ws('|', assigned_group, routing_reason, coalesce(escalation_level, '-'),
                    coalesce(proxy_level, '-'), coalesce(substr(repeat_of, length(:prefix) + 1), '-'), version,
                    received_at AT TIME ZONE 'UTC', first_contact_due_at, resolution_due_at, sla_policy, status)
                FROM complaint_case WHERE complaint_id LIKE :prefix || '%'""")
                .param("prefix", prefix)
                .query((rs, row) -> Map.entry(rs.getString(1).substring(prefix.length()), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * What the events wrote on each case's timeline. SLA alerts are left out: the alert scanner raises them on these
     * (long overdue) cases whenever it runs, which may fall between the two runs compared.
     */
    private Map<String, List<String>> timelines(String prefix) {
        return jdbc.sql("""
                SELECT complaint_id, array_to_string(array_agg(type || ':' || replace(description, :prefix, '')
                    ORDER BY id), ', ') FROM case_event WHERE complaint_id LIKE :prefix || '%' AND type <> 'SLA_ALERT'
                GROUP BY complaint_id""")
                .param("prefix", prefix)
                .query((rs, row) -> Map.entry(rs.getString(1).substring(prefix.length()), List.of(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> rollupAsWritten() {
        return jdbc.sql("""
                SELECT concat_ws('|', day, channel, assigned_group, received, proxy_driven, repeats)
                FROM sla_daily_rollup WHERE received <> 0 ORDER BY 1""").query(String.class).list();
    }

    private List<String> rollupOfTheCases() {
        return jdbc.sql("""
                SELECT concat_ws('|', f.day, f.channel, f.assigned_group, sum(f.received), sum(f.proxy_driven),
                    sum(f.repeats))
                FROM complaint_case c CROSS JOIN LATERAL sla_figures_of(c) f
                GROUP BY f.day, f.channel, f.assigned_group ORDER BY 1""").query(String.class).list();
    }

    private boolean caseExists(String id) {
        return jdbc.sql("SELECT count(*) FROM complaint_case WHERE complaint_id = :id").param("id", id)
                .query(Long.class).single() == 1;
    }

    private void send(String key, Object value) {
        kafka.send(Topics.COMPLAINTS_RECEIVED, 0, key, value).join();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
