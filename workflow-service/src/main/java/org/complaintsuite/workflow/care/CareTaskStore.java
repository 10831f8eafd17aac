package org.complaintsuite.workflow.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.workflow.cases.CaseStatus;
import org.complaintsuite.workflow.care.CareTask.Decision;
import org.complaintsuite.workflow.care.CareTask.Outcome;
import org.complaintsuite.workflow.care.CareTask.Status;

/** Care tasks and their contacts' words (tables {@code care_task}, {@code care_contact}). */
@Repository
class CareTaskStore {

    private static final TypeReference<List<RiskSignal>> SIGNALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CareTaskStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens the task once; false when it was open already (the assessment came again). */
    boolean open(ContactAssessed assessed, Instant openedAt, Instant feedbackDue, Instant handlingDue,
            @Nullable Instant firstAlert) {
        return jdbc.sql("""
                INSERT INTO care_task (contact_id, customer_key, contacted_at, opened_at, propensity_score,
                                       propensity_level, signals, dissatisfaction, status, feedback_due_at,
                                       handling_due_at, next_alert_at)
                VALUES (:id, :customer, :contacted, :opened, :score, :level, CAST(:signals AS jsonb), :dissatisfaction,
                        'OPEN', :feedbackDue, :handlingDue, :firstAlert)
                ON CONFLICT (contact_id) DO NOTHING""")
                .param("id", assessed.contactId()).param("customer", assessed.customerKey())
                .param("contacted", Timestamp.from(assessed.contactedAt())).param("opened", Timestamp.from(openedAt))
                .param("score", assessed.propensity().score()).param("level", assessed.propensity().level().name())
                .param("signals", json.writeValueAsString(assessed.propensity().signals()))
                .param("dissatisfaction", assessed.dissatisfaction())
                .param("feedbackDue", Timestamp.from(feedbackDue)).param("handlingDue", Timestamp.from(handlingDue))
                .param("firstAlert", firstAlert == null ? null : Timestamp.from(firstAlert), Types.TIMESTAMP)
                .update() == 1;
    }

    /** The contacts linked to the complaint, the latest first (at most 50). */
    List<LinkedContact> linkedContacts(String complaintId) {
        return jdbc.sql("""
                SELECT l.contact_id, c.channel, COALESCE(c.contacted_at, t.contacted_at) AS contacted_at,
                       c.customer_text, c.agent_id, t.propensity_score, t.propensity_level, t.status, t.outcome
                FROM contact_link l
                LEFT JOIN care_contact c ON c.contact_id = l.contact_id
                LEFT JOIN care_task t ON t.contact_id = l.contact_id
                WHERE l.complaint_id = ?
                ORDER BY contacted_at DESC NULLS LAST, l.contact_id LIMIT 50""")
                .param(complaintId)
                .query((rs, row) -> new LinkedContact(rs.getString("contact_id"), rs.getString("channel"),
                        instant(rs, "contacted_at"), rs.getString("customer_text"), rs.getString("agent_id"),
                        rs.getString("status") == null ? null : new LinkedContact.Task(rs.getInt("propensity_score"),
                                rs.getString("propensity_level"), rs.getString("status"), rs.getString("outcome"))))
                .list();
    }

    /** The statuses of a case no longer worked ({@link CaseStatus#isFinal()}), as PostgreSQL reads a text array. */
    private static final String FINAL = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isFinal)
            .map(Enum::name).collect(Collectors.joining(",", "{", "}"));

    /** The customer's complaints received before {@code before} and still being worked, the latest first (at most 5). */
    List<String> openComplaints(String customerKey, Instant before) {
        return jdbc.sql("""
                SELECT complaint_id FROM complaint_case
                WHERE customer_key = :customer AND received_at <= :before
                  AND NOT status = ANY (CAST(:final AS text[]))
                ORDER BY received_at DESC LIMIT 5""")
                .param("customer", customerKey).param("before", Timestamp.from(before)).param("final", FINAL)
                .query(String.class).list();
    }

    /** Keeps what the contact said, once, and counts it in its day's contacts. */
    void saveContact(ContactReceived received) {
        var contact = received.contact();
        int saved = jdbc.sql("""
                INSERT INTO care_contact (contact_id, channel, contacted_at, customer_id, phone, agent_id, customer_text,
                                          not_complaint_because, customer_key)
                VALUES (:id, :channel, :at, :customerId, :phone, :agent, :text, :reason, :customerKey)
                ON CONFLICT (contact_id) DO NOTHING""")
                .param("id", received.contactId()).param("channel", contact.channel().name())
                .param("at", Timestamp.from(contact.receivedAt()))
                .param("customerId", contact.customer().customerId()).param("phone", contact.customer().phone())
                .param("agent", received.agentId()).param("text", contact.text().customerText())
                .param("reason", received.notComplaintBecause())
                .param("customerKey", contact.customer().customerKey())
                .update();
        if (saved == 1) {
            jdbc.sql("""
                    INSERT INTO contact_daily (day, channel, contacts)
                    VALUES ((CAST(:at AS timestamptz) AT TIME ZONE 'Asia/Shanghai')::date, :channel, 1)
                    ON CONFLICT (day, channel) DO UPDATE SET contacts = contact_daily.contacts + 1""")
                    .param("at", Timestamp.from(contact.receivedAt())).param("channel", contact.channel().name())
                    .update();
        }
    }

    Optional<CareTask> find(String contactId, Instant now) {
        return jdbc.sql(SELECT + " WHERE t.contact_id = :id").param("id", contactId)
                .query((rs, n) -> task(rs, now)).optional();
    }

    /** Tasks not closed: the one whose next clock is due first first, then the likeliest to complain. */
    List<CareTask> queue(int limit, Instant now) {
        return jdbc.sql(SELECT + """
                 WHERE t.closed_at IS NULL
                ORDER BY CASE WHEN t.feedback_at IS NULL THEN t.feedback_due_at ELSE t.handling_due_at END,
                         t.propensity_score DESC, t.contacted_at, t.contact_id
                LIMIT :limit""").param("limit", limit).query((rs, n) -> task(rs, now)).list();
    }

    /**
     * Records the decision if the task is still in {@code expected}; false when it is not. A task the decision closes
     * (NO_ACTION) is closed as NO_ACTION_NEEDED by the same reviewer at the same time.
     */
    boolean recordFeedback(String contactId, Status expected, Status next, Decision decision, @Nullable String note,
            String actor, Instant at) {
        boolean closes = next == Status.CLOSED;
        return jdbc.sql("""
                UPDATE care_task SET status = :next, feedback_at = :at, feedback_by = :actor,
                                     feedback_decision = :decision, feedback_note = :note,
                                     closed_at = :closedAt, closed_by = :closedBy, outcome = :outcome
                WHERE contact_id = :id AND status = :expected""")
                .param("id", contactId).param("expected", expected.name()).param("next", next.name())
                .param("decision", decision.name()).param("note", note).param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("closedAt", closes ? Timestamp.from(at) : null, Types.TIMESTAMP)
                .param("closedBy", closes ? actor : null, Types.VARCHAR)
                .param("outcome", closes ? Outcome.NO_ACTION_NEEDED.name() : null, Types.VARCHAR)
                .update() == 1;
    }

    /** Closes a reviewed task with its outcome; false when it is no longer reviewed. */
    boolean recordOutcome(String contactId, Outcome outcome, @Nullable String note, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE care_task SET status = 'CLOSED', closed_at = :at, closed_by = :actor, outcome = :outcome,
                                     outcome_note = :note
                WHERE contact_id = :id AND status = 'REVIEWED'""")
                .param("id", contactId).param("outcome", outcome.name()).param("note", note).param("actor", actor)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    private static final String SELECT = """
            SELECT t.*, t.signals::text AS signals_json, c.contact_id AS c_id, c.channel, c.customer_id, c.phone,
                   c.agent_id, c.customer_text, c.not_complaint_because
            FROM care_task t LEFT JOIN care_contact c ON c.contact_id = t.contact_id""";

    private CareTask task(ResultSet rs, Instant now) throws SQLException {
        Instant feedbackDue = instant(rs, "feedback_due_at");
        Instant feedbackAt = instant(rs, "feedback_at");
        Instant handlingDue = instant(rs, "handling_due_at");
        Instant closedAt = instant(rs, "closed_at");
        CareTask.Contact contact = rs.getString("c_id") == null ? null : new CareTask.Contact(rs.getString("channel"),
                rs.getString("customer_id"), rs.getString("phone"), rs.getString("agent_id"),
                rs.getString("customer_text"), rs.getString("not_complaint_because"));
        return new CareTask(rs.getString("contact_id"), rs.getString("customer_key"), instant(rs, "contacted_at"),
                instant(rs, "opened_at"), Status.valueOf(rs.getString("status")),
                new CareTask.Propensity(rs.getInt("propensity_score"), RiskLevel.valueOf(rs.getString("propensity_level")),
                        json.readValue(rs.getString("signals_json"), SIGNALS)),
                rs.getDouble("dissatisfaction"),
                new CareTask.Clock(feedbackDue, feedbackAt, rs.getString("feedback_by"),
                        CareTaskRules.clock(feedbackDue, feedbackAt, now)),
                enumOf(Decision.class, rs.getString("feedback_decision")), rs.getString("feedback_note"),
                new CareTask.Clock(handlingDue, closedAt, rs.getString("closed_by"),
                        CareTaskRules.clock(handlingDue, closedAt, now)),
                enumOf(Outcome.class, rs.getString("outcome")), rs.getString("outcome_note"),
                rs.getString("became_complaint"), contact);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
