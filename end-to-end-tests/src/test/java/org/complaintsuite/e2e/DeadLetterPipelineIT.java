package org.complaintsuite.e2e;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.complaintsuite.e2e.evaluation.RunningSuite;
import org.complaintsuite.model.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complaint risk scoring cannot store: its case shows "assessment failed", operations get an inbox item and the
 * metric counts it; once the fault is gone, operations replay the dead letter and the case is assessed.
 * <p>
 * The fault is made in risk scoring's database, as a broken migration or a constraint added by hand would make it:
 * a trigger refusing the complaint rows whose payload carries this test's marker. Nothing in the services knows of
 * it, and dropping the trigger is the fix.
 */
@ExtendWith(RunningSuite.Extension.class)
class DeadLetterPipelineIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static SuiteClient client;

    @BeforeAll
    static void useRunningSuite(RunningSuite suite) {
        client = new SuiteClient(suite);
    }

    @Test
    void aComplaintRiskScoringCannotStoreIsMarkedAlertedAndAssessedAfterTheFixAndAReplay() throws Exception {
        String marker = "fault" + UUID.randomUUID().toString().replace("-", "");
        String trigger = "e2e_refuse_" + marker;
        client.onRiskDatabase("""
                CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.payload::text LIKE '%%%2$s%%' THEN
                        RAISE EXCEPTION 'complaint row refused (end-to-end fault)';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER %1$s BEFORE INSERT ON complaint FOR EACH ROW EXECUTE FUNCTION %1$s();"""
                .formatted(trigger, marker));
        String complaintId;
        try {
            complaintId = client.postComplaint("/api/v1/complaints/chat", """
                    {"sessionId": "CHAT-DLT-%s", "platform": "APP", "userId": "U-%s",
                     "messages": [{"from": "USER", "sentAt": 1760145302000, "text": "扣款有误 %s"}]}"""
                    .formatted(marker, marker, marker));

            JsonNode failed = client.awaitCase(complaintId, "assessment failed",
                    kase -> kase.hasNonNull("assessmentFailure"), TIMEOUT);
            assertThat(failed.hasNonNull("escalation")).isFalse();
            assertThat(failed.get("timeline").valueStream().map(entry -> entry.get("type").asString()))
                    .contains("ASSESSMENT_FAILED");
            JsonNode inbox = client.operations("/api/v1/inbox?size=100");
            assertThat(inbox.get("items").valueStream()
                    .filter(item -> complaintId.equals(item.path("complaintId").asString(null))))
                    .anySatisfy(item -> {
                        assertThat(item.get("kind").asString()).isEqualTo("ASSESSMENT_FAILED");
                        assertThat(item.get("audience").asString()).isEqualTo("ROLE");
                    });
            assertThat(client.prometheus()).containsPattern("(?m)^workflow_assessments_failed_total(\\{[^}]*\\})? [1-9]");
        }
        finally {
            client.onRiskDatabase("DROP TRIGGER IF EXISTS %1$s ON complaint; DROP FUNCTION IF EXISTS %1$s();"
                    .formatted(trigger));
        }

        long deadLetterId = client.awaitCase(complaintId, "with its dead letter",
                kase -> kase.path("assessmentFailure").hasNonNull("deadLetterId"), TIMEOUT)
                .get("assessmentFailure").get("deadLetterId").asLong();
        JsonNode pending = client.operations("/api/v1/dead-letters?pending=true&topic=" + Topics.COMPLAINTS_RECEIVED
                + "&size=100");
        assertThat(pending.get("items").valueStream().map(item -> item.get("id").asLong())).contains(deadLetterId);

        assertThat(client.operationsPost("/api/v1/dead-letters/" + deadLetterId + "/replay").statusCode())
                .isEqualTo(200);
        assertThat(client.operationsPost("/api/v1/dead-letters/" + deadLetterId + "/replay").statusCode())
                .isEqualTo(409);

        JsonNode assessed = client.awaitCase(complaintId, "assessed after the replay", SuiteClient::assessed, TIMEOUT);
        assertThat(assessed.get("timeline").valueStream().map(entry -> entry.get("type").asString()))
                .contains("ASSESSMENT_FAILED", "ASSESSMENT_FAILURE_CLEARED");
        await().atMost(TIMEOUT).until(() -> client.operations("/api/v1/dead-letters/" + deadLetterId)
                .get("pending").asBoolean() == false);
    }
}
