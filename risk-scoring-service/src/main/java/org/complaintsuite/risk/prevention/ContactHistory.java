package org.complaintsuite.risk.prevention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer's history as risk scoring knows it, for a contact: their earlier contacts ({@code contact}), their
 * complaints and whether one of them is in a ring (the link store). Counted strictly before the contact, so that the
 * same contact scored again reads the same history.
 */
@Repository
public class ContactHistory {

    /** How far back contacts count. */
    static final Duration CONTACTS_WINDOW = Duration.ofDays(7);
    /** How far back complaints count. */
    static final Duration COMPLAINTS_WINDOW = Duration.ofDays(365);

    private final JdbcClient jdbc;

    ContactHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param contactsBefore   the customer's contacts in the {@link #CONTACTS_WINDOW} before this one
     * @param complaintsBefore the customer's complaints in the {@link #COMPLAINTS_WINDOW} before it
     * @param ringId           a ring one of the customer's complaints belongs to
     */
    public record Facts(int contactsBefore, List<String> complaintsBefore, Optional<String> ringId) {
    }

    public Facts of(String customerKey, String contactId, Instant contactedAt) {
        int contacts = jdbc.sql("""
                SELECT count(*) FROM contact
                WHERE customer_key = :customer AND contacted_at >= :from AND contacted_at < :at
                  AND contact_id <> :contact""")
                .param("customer", customerKey).param("from", Timestamp.from(contactedAt.minus(CONTACTS_WINDOW)))
                .param("at", Timestamp.from(contactedAt)).param("contact", contactId)
                .query(Integer.class).single();
        List<String> complaints = jdbc.sql("""
                SELECT complaint_id FROM complaint
                WHERE customer_key = :customer AND received_at >= :from AND received_at < :at
                ORDER BY received_at DESC LIMIT 10""")
                .param("customer", customerKey).param("from", Timestamp.from(contactedAt.minus(COMPLAINTS_WINDOW)))
                .param("at", Timestamp.from(contactedAt))
                .query(String.class).list();
        Optional<String> ring = jdbc.sql("""
                SELECT m.cluster_id FROM complaint c JOIN cluster_member m USING (complaint_id)
                WHERE c.customer_key = :customer ORDER BY m.cluster_id LIMIT 1""")
                .param("customer", customerKey).query(String.class).optional();
        return new Facts(contacts, complaints, ring);
    }

    /** Records the contact once (scored again, it stays as first recorded). */
    public void record(String contactId, String customerKey, Instant contactedAt, int propensity, Instant assessedAt) {
        jdbc.sql("""
                INSERT INTO contact (contact_id, customer_key, contacted_at, propensity, assessed_at)
                VALUES (:contact, :customer, :at, :propensity, :assessed)
                ON CONFLICT (contact_id) DO NOTHING""")
                .param("contact", contactId).param("customer", customerKey).param("at", Timestamp.from(contactedAt))
                .param("propensity", propensity).param("assessed", Timestamp.from(assessedAt))
                .update();
    }
}
