package org.complaintsuite.risk.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.support.text.StorableText;

/**
 * The latest assessment of each complaint, and the outbox of assessments still to be published. An assessment is
 * identified by its content: the same complaint scored again with the same evidence keeps its event id and time,
 * and is not published again.
 */
@Repository
public class AssessmentStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AssessmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Keeps the assessment if its content differs from the one held, and puts it in the outbox.
     *
     * @return the assessment now held: the new one, or the one held before when nothing changed
     */
    public Saved save(String complaintId, RiskAssessment escalation, RiskAssessment proxy, Instant now) {
        String hash = contentHash(escalation, proxy);
        var assessed = new ComplaintAssessed(UUID.nameUUIDFromBytes((complaintId + ':' + hash)
                .getBytes(StandardCharsets.UTF_8)), now, complaintId, escalation, proxy);
        // the evidence quotes the customer's words: stored as jsonb, they must hold nothing jsonb refuses, whoever
        // produced the complaint
        String body = StorableText.json(json.writeValueAsString(assessed));
        // one statement: the assessment held with this content if there is one, else the new one written with its
        // outbox row
        Optional<String> held = jdbc.sql("""
                WITH held AS (
                    SELECT body::text AS body FROM assessment WHERE complaint_id = :id AND content_hash = :hash),
                saved AS (
                    INSERT INTO assessment (complaint_id, event_id, occurred_at, content_hash, escalation_score,
                                            escalation_level, proxy_score, proxy_level, body)
                    SELECT :id, :event, :at, :hash, :es, :el, :ps, :pl, CAST(:body AS jsonb)
                    WHERE NOT EXISTS (SELECT FROM held)
                    ON CONFLICT (complaint_id) DO UPDATE SET event_id = EXCLUDED.event_id,
                        occurred_at = EXCLUDED.occurred_at, content_hash = EXCLUDED.content_hash,
                        escalation_score = EXCLUDED.escalation_score, escalation_level = EXCLUDED.escalation_level,
                        proxy_score = EXCLUDED.proxy_score, proxy_level = EXCLUDED.proxy_level, body = EXCLUDED.body
                    RETURNING complaint_id, body),
                queued AS (
                    INSERT INTO assessment_outbox (complaint_id, body, created_at)
                    SELECT complaint_id, body, :at FROM saved)
                SELECT body FROM held""")
                .param("id", complaintId).param("event", assessed.eventId()).param("at", Timestamp.from(now))
                .param("hash", hash).param("es", escalation.score()).param("el", escalation.level().name())
                .param("ps", proxy.score()).param("pl", proxy.level().name()).param("body", body)
                .query(String.class).optional();
        return held.map(text -> new Saved(json.readValue(text, ComplaintAssessed.class), false))
                .orElseGet(() -> new Saved(assessed, true));
    }

    /** @param changed whether this assessment is new (and so in the outbox) */
    public record Saved(ComplaintAssessed assessed, boolean changed) {
    }

    public Optional<ComplaintAssessed> find(String complaintId) {
        return jdbc.sql("SELECT body::text FROM assessment WHERE complaint_id = ?").param(complaintId)
                .query(String.class).optional().map(text -> json.readValue(text, ComplaintAssessed.class));
    }

    private String contentHash(RiskAssessment escalation, RiskAssessment proxy) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    json.writeValueAsBytes(List.of(escalation, proxy)));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }
}
