package org.complaintsuite.risk.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.CustomerKeyKind;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.support.text.StorableText;

/**
 * The link store in PostgreSQL: every scored complaint with its identifiers and text fingerprint, and the queue of
 * complaints to assess again (rings: {@link RingStore}). It answers questions with facts, one statement per question
 * (under {@code sql/links/}); which facts are evidence is for the rules to decide. All reads are relative to a
 * complaint's receipt time and exclude the complaint itself, so that the same complaint read again, on any instance,
 * gives the same facts. Callers hold {@link #lock} for the complaint first.
 */
@Repository
public class LinkStore {

    private static final String STORE = Sql.load("store");
    private static final String FIND = Sql.load("find");
    private static final String REPEATS = Sql.load("repeats");
    private static final String IDENTIFIERS = Sql.load("identifiers");
    private static final String NEAR_DUPLICATES = Sql.load("near-duplicates");
    private static final String CLEARED_MEMBERS = " " + Sql.load("cleared-members");
    private static final String QUEUE_REASSESSMENTS = Sql.load("queue-reassessments");
    private static final String TAKE_QUEUED_REASSESSMENT = Sql.load("take-queued-reassessment");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RiskProperties properties;

    public LinkStore(JdbcClient jdbc, JsonMapper json, RiskProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    /** A complaint as the store holds it. */
    public record Stored(ComplaintReceived complaint, List<Identifier> identifiers, int[] signature, long[] bands) {

        /**
         * A text too short to compare gets no bands: it is never a candidate near-duplicate, nor looks for one.
         *
         * @param script whether the text reads as an agency's script, which is compared from a shorter length
         *               ({@link TextFingerprint#comparable(String, boolean)})
         */
        public static Stored of(ComplaintReceived complaint, boolean script) {
            String text = complaint.text().customerText();
            int[] signature = TextFingerprint.signature(text);
            return new Stored(complaint, Identifier.of(complaint), signature,
                    TextFingerprint.comparable(text, script) ? TextFingerprint.bandKeys(signature) : new long[0]);
        }
    }

    /**
     * Serializes the work on complaints that could link to each other: a transaction-scoped advisory lock on the
     * customer, each identifier and each text band, taken in ascending key order, so two transactions never wait on
     * each other in a circle (each waits only for keys above every key it holds). Without it two complaints sharing a
     * phone, scored at the same moment, would each miss the other. Reads that must see what the lock holders wrote
     * come in later statements (in READ COMMITTED a statement reads from a snapshot taken when it starts).
     */
    public void lock(Stored stored) {
        LinkLocks.inOrder(jdbc, LinkLocks.keys(stored));
    }

    /**
     * The locks of several complaints, scored in one transaction, all taken by one statement in ascending key order
     * (a complaint's own {@link #lockAndStore} then finds its locks held), if they are all free within {@code wait}:
     * else it fails, and the caller scores them one at a time rather than hold some while waiting for the others.
     */
    public void lockAll(List<Stored> stored, Duration wait) {
        LinkLocks.inOrderWithin(jdbc, stored.stream().flatMapToLong(one -> Arrays.stream(LinkLocks.keys(one))).sorted()
                .distinct().toArray(), wait);
    }

    /**
     * Takes the complaint's locks (as {@link #lock}) and then stores the complaint with its identifiers and bands,
     * in one statement, so only once every lock is held. A complaint stored before is left as it is.
     *
     * @return whether the complaint was new
     */
    public boolean lockAndStore(Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        List<Identifier> identifiers = stored.identifiers();
        int inserted = jdbc.sql(STORE)
                .param("keys", LinkLocks.keys(stored))
                .param("id", complaint.complaintId())
                .param("customer", complaint.customer().customerKey())
                .param("source", complaint.source().name())
                .param("received", Timestamp.from(complaint.receivedAt()))
                .param("signature", stored.signature())
                .param("payload", StorableText.json(json.writeValueAsString(complaint)))
                .param("kinds", identifiers.stream().map(id -> id.kind().name()).toArray(String[]::new))
                .param("values", identifiers.stream().map(id -> StorableText.of(id.value())).toArray(String[]::new))
                .param("roles", identifiers.stream().map(id -> id.role().name()).toArray(String[]::new))
                .param("bands", stored.bands())
                .query(Integer.class).single();
        return inserted > 0;
    }

    /** The complaint as received; nothing once its personal data was purged (retention), as if never scored. */
    public Optional<ComplaintReceived> find(String complaintId) {
        return jdbc.sql(FIND).param("id", complaintId)
                .query(String.class).optional().map(text -> json.readValue(text, ComplaintReceived.class));
    }

    /** The facts around a stored complaint ({@link #facts(Stored, List)} with no ring cleared). */
    public LinkFacts facts(Stored stored) {
        return facts(stored, List.of());
    }

    /**
     * The facts around a stored complaint, read after its locks, one statement per question: the customer's other
     * complaints in the repeat window; per identifier, who else carries it in the link and burst windows and
     * whether it is on the watch list; the candidate near-duplicates among other customers' complaints in the link
     * window. The members of the rings the customer was cleared of ({@code clearedRings}) are left out of the
     * identifiers and the candidates: what counts against the customer is counted among the other complaints only.
     */
    public LinkFacts facts(Stored stored, List<String> clearedRings) {
        String cleared = clearedRings.isEmpty() ? "" : CLEARED_MEMBERS;
        List<String> earlier = new ArrayList<>();
        List<String> later = new ArrayList<>();
        boolean known = false;
        for (Repeat repeat : repeats(stored.complaint())) {
            if (repeat.complaintId() == null) {
                known = true;
            }
            else {
                (repeat.later() ? later : earlier).add(repeat.complaintId());
            }
        }
        return new LinkFacts(earlier, later, identifiers(stored, clearedRings, cleared),
                textCandidates(stored, clearedRings, cleared), known);
    }

    /** A repeat, or (no complaint id) the mark that the customer has other complaints in the store. */
    private record Repeat(boolean later, @Nullable String complaintId) {
    }

    private List<Repeat> repeats(ComplaintReceived complaint) {
        return jdbc.sql(REPEATS)
                .param("customer", complaint.customer().customerKey())
                .param("id", complaint.complaintId())
                .param("received", Timestamp.from(complaint.receivedAt()))
                .param("repeatFrom", Timestamp.from(complaint.receivedAt().minus(properties.repeatWindow())))
                .param("repeatTo", Timestamp.from(complaint.receivedAt().plus(properties.repeatWindow())))
                .param("listed", properties.limits().repeatsListed())
                .query((rs, n) -> new Repeat(rs.getBoolean("later"), rs.getString("complaint_id")))
                .list();
    }

    private List<LinkFacts.IdentifierFacts> identifiers(Stored stored, List<String> clearedRings, String cleared) {
        ComplaintReceived complaint = stored.complaint();
        List<Identifier> identifiers = stored.identifiers();
        if (identifiers.isEmpty()) {
            return List.of();
        }
        Instant received = complaint.receivedAt();
        RiskProperties.Limits limits = properties.limits();
        return jdbc.sql(IDENTIFIERS.replace("{cleared}", cleared))
                .param("cleared", clearedRings.toArray(String[]::new))
                .param("customer", complaint.customer().customerKey())
                .param("id", complaint.complaintId())
                .param("received", Timestamp.from(received))
                .param("linkFrom", Timestamp.from(received.minus(properties.linkWindow())))
                .param("linkTo", Timestamp.from(received.plus(properties.linkWindow())))
                .param("burstFrom", Timestamp.from(received.minus(properties.burstWindow())))
                .param("kinds", identifiers.stream().map(id -> id.kind().name()).toArray(String[]::new))
                .param("values", identifiers.stream().map(id -> StorableText.of(id.value())).toArray(String[]::new))
                .param("prefixLength", CustomerKeyKind.PREFIX_LENGTH)
                .param("cid", CustomerKeyKind.CUSTOMER_ID.prefix())
                .param("idn", CustomerKeyKind.ID_NUMBER.prefix())
                .param("tel", CustomerKeyKind.PHONE.prefix())
                .param("rowsRead", limits.identifierRowsRead())
                .param("burstRowsRead", limits.burstRowsRead())
                .param("linkedShown", limits.linkedComplaintsShown())
                .query((rs, n) -> identifierFacts(identifiers.get(rs.getInt("position") - 1), rs))
                .list();
    }

    private static LinkFacts.IdentifierFacts identifierFacts(Identifier identifier, ResultSet rs) throws SQLException {
        return new LinkFacts.IdentifierFacts(identifier,
                new LinkFacts.CustomerKeys(rs.getInt("same_kind"), rs.getInt("customer_ids"), rs.getInt("id_numbers"),
                        rs.getInt("phones"), rs.getInt("other_keys")),
                rs.getBoolean("agent"), rs.getBoolean("lawyer"), SqlArrays.strings(rs.getArray("ids")),
                rs.getInt("complaints"), rs.getInt("customers"), rs.getString("reason"));
    }

    private List<LinkFacts.TextCandidate> textCandidates(Stored stored, List<String> clearedRings, String cleared) {
        ComplaintReceived complaint = stored.complaint();
        if (stored.bands().length == 0) {
            return List.of();
        }
        return jdbc.sql(NEAR_DUPLICATES.replace("{cleared}", cleared))
                .param("cleared", clearedRings.toArray(String[]::new))
                .param("bands", stored.bands())
                .param("customer", complaint.customer().customerKey())
                .param("id", complaint.complaintId())
                .param("linkFrom", Timestamp.from(complaint.receivedAt().minus(properties.linkWindow())))
                .param("linkTo", Timestamp.from(complaint.receivedAt().plus(properties.linkWindow())))
                .param("candidates", properties.limits().nearDuplicateCandidates())
                .param("bandRowsRead", properties.limits().bandRowsRead())
                .query((rs, n) -> new LinkFacts.TextCandidate(rs.getString("complaint_id"),
                        rs.getString("customer_key"), SqlArrays.ints(rs.getArray("text_signature"))))
                .list();
    }

    /** Queues complaints scored before to be assessed again, in one statement, once each; returns how many it did. */
    public int queueReassessment(List<String> complaintIds, String causedBy, Instant now) {
        return jdbc.sql(QUEUE_REASSESSMENTS)
                .param("ids", complaintIds.toArray(String[]::new)).param("causedBy", causedBy)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Takes the oldest queued complaint, locked so another instance skips it, and removes it from the queue in the
     * caller's transaction: if that transaction fails, it is queued again.
     */
    public Optional<String> takeQueuedReassessment() {
        return jdbc.sql(TAKE_QUEUED_REASSESSMENT).query(String.class).optional();
    }
}
