package org.complaintsuite.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.escalation.EscalationScorer;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.proxy.ProxyScorer;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalyzer;

/**
 * The COPY rows of one historical complaint, every value computed with the service's own code:
 * {@link LinkStore.Stored#of} for identifiers, signature and bands, the service's JSON mapper for the payload, its
 * scorers for the assessment.
 */
final class CopyRows {

    private final JsonMapper json;
    private final RiskProperties properties;
    private final boolean assessments;
    private final TextAnalyzer textAnalyzer;
    private final EscalationScorer escalation = new EscalationScorer();
    private final ProxyScorer proxy;

    CopyRows(JsonMapper json, RiskProperties properties, Lexicons lexicons, boolean assessments) {
        this.json = json;
        this.properties = properties;
        this.assessments = assessments;
        this.textAnalyzer = new TextAnalyzer(lexicons.all());
        this.proxy = new ProxyScorer(lexicons.all(), properties);
    }

    /** Appends the complaint's rows to the chunk of each table. */
    void add(ComplaintReceived complaint, HistoryRings rings, Map<String, StringBuilder> chunks) {
        rows(LinkStore.Stored.of(complaint, proxy.inAgencyWords(complaint)), rings, chunks);
    }

    /** The rows the service's store() would write for one complaint, plus its assessment. */
    private void rows(LinkStore.Stored stored, HistoryRings rings, Map<String, StringBuilder> chunks) {
        ComplaintReceived complaint = stored.complaint();
        String id = complaint.complaintId();
        String customer = complaint.customer().customerKey();
        String received = complaint.receivedAt().toString();

        StringBuilder row = chunks.get("complaint");
        field(row, id).append('\t');
        field(row, customer).append('\t');
        field(row, complaint.source().name()).append('\t');
        row.append(received).append('\t');
        row.append('{');
        int[] signature = stored.signature();
        for (int i = 0; i < signature.length; i++) {
            row.append(i == 0 ? "" : ",").append(signature[i]);
        }
        row.append("}\t");
        field(row, json.writeValueAsString(complaint)).append('\n');

        // ON CONFLICT DO NOTHING in the service: the primary key (kind, value, complaint, role) once each
        StringBuilder identifiers = chunks.get("complaint_identifier");
        Set<String> seen = new HashSet<>();
        for (Identifier identifier : stored.identifiers()) {
            if (seen.add(identifier.kind() + "\u0000" + identifier.value() + "\u0000" + identifier.role())) {
                field(identifiers, identifier.kind().name()).append('\t');
                field(identifiers, identifier.value()).append('\t');
                field(identifiers, identifier.role().name()).append('\t');
                field(identifiers, id).append('\t');
                field(identifiers, customer).append('\t');
                identifiers.append(received).append('\n');
            }
        }
        StringBuilder bands = chunks.get("text_band");
        long[] keys = Arrays.stream(stored.bands()).distinct().toArray();
        for (long band : keys) {
            bands.append(band).append('\t');
            field(bands, id).append('\t');
            field(bands, customer).append('\t');
            bands.append(received).append('\n');
        }
        if (assessments) {
            assessment(complaint, rings.contexts.get(id), chunks.get("assessment"));
        }
    }

    /**
     * The assessment the complaint got when it was scored: the service's scorers on the complaint with the ring it
     * ended up in (the other evidence of that moment is not replayed), stored as AssessmentStore stores it.
     */
    private void assessment(ComplaintReceived complaint, LinkContext.Ring ring, StringBuilder row) {
        LinkContext empty = LinkContext.empty();
        LinkContext context = new LinkContext((int) properties.repeatWindow().toDays(), List.of(), List.of(),
                List.of(), List.of(), List.of(), ring);
        RiskAssessment esc = escalation.assess(complaint, textAnalyzer.analyze(complaint.text().customerText()),
                ring == null ? empty : context);
        RiskAssessment prox = proxy.assess(complaint, context);
        String hash = contentHash(esc, prox);
        Instant at = complaint.receivedAt().plusSeconds(2);
        var assessed = new ComplaintAssessed(UUID.nameUUIDFromBytes((complaint.complaintId() + ':' + hash)
                .getBytes(StandardCharsets.UTF_8)), at, complaint.complaintId(), esc, prox);
        field(row, complaint.complaintId()).append('\t');
        row.append(assessed.eventId()).append('\t');
        row.append(at).append('\t');
        row.append(hash).append('\t');
        row.append(esc.score()).append('\t');
        row.append(esc.level().name()).append('\t');
        row.append(prox.score()).append('\t');
        row.append(prox.level().name()).append('\t');
        field(row, json.writeValueAsString(assessed)).append('\n');
    }

    /** As AssessmentStore.contentHash: SHA-256 of the JSON of both assessments. */
    private String contentHash(RiskAssessment escalation, RiskAssessment proxy) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(List.of(escalation, proxy))));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped. */
    static StringBuilder field(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }
}
