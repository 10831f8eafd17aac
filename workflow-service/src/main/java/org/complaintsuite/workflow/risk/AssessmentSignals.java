package org.complaintsuite.workflow.risk;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.support.text.StorableText;

/**
 * The signals and evidence behind a complaint's current assessment, kept beside its scores in {@code risk_assessment}
 * so that the case shows an agent why it was flagged; and the ring its proxy signals name.
 */
@Repository
public class AssessmentSignals {

    private static final TypeReference<List<RiskSignal>> SIGNALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentSignals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Puts the signals of {@code assessed}, the assessment {@code record} now holds, into the record. */
    public void attach(RiskAssessmentRecord record, ComplaintAssessed assessed) {
        record.signals(StorableText.json(json.writeValueAsString(assessed.escalation().signals())),
                StorableText.json(json.writeValueAsString(assessed.proxy().signals())),
                ringOf(assessed.proxy().signals()));
    }

    /** The signals the record holds, with the ring they name: read with the record, not asked for again. */
    public Signals of(RiskAssessmentRecord record) {
        return new Signals(json.readValue(record.escalationSignals(), SIGNALS),
                json.readValue(record.proxySignals(), SIGNALS), record.getRingId());
    }

    /** How many complaints the workflow holds in a ring. */
    public long ringSize(String ringId) {
        return jdbc.sql("SELECT count(*) FROM risk_assessment WHERE ring_id = :ring").param("ring", ringId)
                .query(Long.class).single();
    }

    /** The ring a proxy assessment names: the value of the RING evidence of its signals, if any. */
    public static @Nullable String ringOf(List<RiskSignal> proxySignals) {
        return proxySignals.stream().flatMap(signal -> signal.evidence().stream())
                .filter(evidence -> evidence.kind() == Evidence.Kind.RING).map(Evidence::value).findFirst()
                .orElse(null);
    }

    /** @param ringId the ring the proxy signals name, or null */
    public record Signals(List<RiskSignal> escalation, List<RiskSignal> proxy, @Nullable String ringId) {
    }
}
