package org.complaintsuite.workflow.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.support.text.IdNumbers;
import org.complaintsuite.support.text.StorableText;
import org.complaintsuite.workflow.quality.AgentFinding.Review;
import org.complaintsuite.workflow.quality.AgentFinding.RosterEntry;
import org.complaintsuite.workflow.quality.AgentFinding.Verdict;

/** The agent roster and the quality findings with their reviews. */
@Repository
class QualityFindingStore {

    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration deliverWithin;

    QualityFindingStore(JdbcClient jdbc, JsonMapper json, QualityProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.deliverWithin = properties.deliverWithin();
    }

    Optional<String> supervisorOf(String agentId) {
        return jdbc.sql("SELECT supervisor FROM agent_roster WHERE agent_id = ?").param(agentId)
                .query(String.class).optional();
    }

    /** Keeps the finding unless it is held already; whether it is new. ID numbers in the words are masked. */
    boolean insert(QualityFindings event, QualityFinding finding, @Nullable String supervisor, Instant now) {
        String evidence = StorableText.json(IdNumbers.maskAll(json.writeValueAsString(finding.evidence())));
        return jdbc.sql("""
                INSERT INTO quality_finding (finding_id, conversation_id, conversation_kind, channel, source,
                    external_reference, conversation_at, category, rule, description, agent_id, supervisor, turn,
                    said_at, words, evidence, received_at)
                VALUES (:id, :conversation, :kind, :channel, :source, :reference, :conversationAt, :category, :rule,
                    :description, :agent, :supervisor, :turn, :saidAt, :words, CAST(:evidence AS jsonb), :now)
                ON CONFLICT (finding_id) DO NOTHING""")
                .param("id", finding.findingId()).param("conversation", event.conversationId())
                .param("kind", event.kind().name()).param("channel", event.channel().name())
                .param("source", event.source().name()).param("reference", event.externalReference())
                .param("conversationAt", Timestamp.from(event.conversationAt()))
                .param("category", finding.category().name()).param("rule", finding.rule())
                .param("description", finding.description()).param("agent", finding.agentId())
                .param("supervisor", supervisor).param("turn", finding.turn())
                .param("saidAt", finding.saidAt() == null ? null : Timestamp.from(finding.saidAt()))
                .param("words", StorableText.of(IdNumbers.maskAll(finding.words())))
                .param("evidence", evidence).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Newest first; only those not reviewed yet, one agent's or one category's, when asked. */
    List<AgentFinding> page(AgentFinding.Query query) {
        return jdbc.sql("""
                SELECT * FROM quality_finding
                WHERE (NOT :unreviewed OR reviewed_at IS NULL) AND (CAST(:agent AS text) IS NULL OR agent_id = :agent)
                  AND (CAST(:category AS text) IS NULL OR category = :category)
                ORDER BY received_at DESC, finding_id LIMIT :size OFFSET :offset""")
                .param("unreviewed", query.unreviewedOnly()).param("agent", query.agentId())
                .param("category", query.category() == null ? null : query.category().name())
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query(this::finding).list();
    }

    Optional<AgentFinding> find(UUID findingId) {
        return jdbc.sql("SELECT * FROM quality_finding WHERE finding_id = ?").param(findingId)
                .query(this::finding).optional();
    }

    /** Records the review unless the finding has one; whether it was recorded. */
    boolean review(UUID findingId, Verdict verdict, @Nullable String note, String actor, Instant now) {
        return jdbc.sql("""
                UPDATE quality_finding SET verdict = :verdict, review_note = :note, reviewed_by = :actor,
                    reviewed_at = :now
                WHERE finding_id = :id AND reviewed_at IS NULL""")
                .param("verdict", verdict.name()).param("note", note).param("actor", actor)
                .param("now", Timestamp.from(now)).param("id", findingId).update() == 1;
    }

    /** Empties the words and quotes of findings received before {@code before}, at most {@code limit} of them. */
    int purgeWords(Instant before, int limit) {
        return jdbc.sql("""
                UPDATE quality_finding SET words = NULL, evidence = NULL WHERE finding_id IN (
                    SELECT finding_id FROM quality_finding
                    WHERE received_at < :before AND words IS NOT NULL LIMIT :limit)""")
                .param("before", Timestamp.from(before)).param("limit", limit).update();
    }

    List<RosterEntry> roster() {
        return jdbc.sql("SELECT * FROM agent_roster ORDER BY agent_id").query(QualityFindingStore::rosterEntry).list();
    }

    RosterEntry putOnRoster(String agentId, String supervisor, String actor, Instant now) {
        return jdbc.sql("""
                INSERT INTO agent_roster (agent_id, supervisor, updated_at, updated_by)
                VALUES (:agent, :supervisor, :now, :actor)
                ON CONFLICT (agent_id) DO UPDATE SET supervisor = EXCLUDED.supervisor,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
                RETURNING *""")
                .param("agent", agentId).param("supervisor", supervisor).param("now", Timestamp.from(now))
                .param("actor", actor).query(QualityFindingStore::rosterEntry).single();
    }

    boolean removeFromRoster(String agentId) {
        return jdbc.sql("DELETE FROM agent_roster WHERE agent_id = ?").param(agentId).update() == 1;
    }

    private static RosterEntry rosterEntry(ResultSet rs, int row) throws SQLException {
        return new RosterEntry(rs.getString("agent_id"), rs.getString("supervisor"),
                required(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant required(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private AgentFinding finding(ResultSet rs, int row) throws SQLException {
        Instant conversationAt = required(rs, "conversation_at");
        Instant saidAt = instant(rs, "said_at");
        Instant receivedAt = required(rs, "received_at");
        Instant said = saidAt != null ? saidAt : conversationAt;
        String evidence = rs.getString("evidence");
        String verdict = rs.getString("verdict");
        Review review = verdict == null ? null : new Review(Verdict.valueOf(verdict), rs.getString("review_note"),
                rs.getString("reviewed_by"), required(rs, "reviewed_at"));
        return new AgentFinding(rs.getObject("finding_id", UUID.class), rs.getString("conversation_id"),
                QualityFindings.Kind.valueOf(rs.getString("conversation_kind")),
                Channel.valueOf(rs.getString("channel")), rs.getString("external_reference"), conversationAt,
                QualityFinding.Category.valueOf(rs.getString("category")), rs.getString("rule"),
                rs.getString("description"), rs.getString("agent_id"), rs.getString("supervisor"), rs.getInt("turn"),
                saidAt, rs.getString("words"), evidence == null ? List.of() : json.readValue(evidence, EVIDENCE),
                receivedAt, !receivedAt.isAfter(said.plus(deliverWithin)), review);
    }
}
