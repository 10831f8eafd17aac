package org.complaintsuite.workflow.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.support.jdbc.Columns;

/**
 * Links complaints to the ordinary contacts that came before them: each complaint of a poll is linked to its
 * customer's contacts in the {@code workflow.care.link-within} (30 days) before it was received (a care task's contact
 * whatever its age, another one while its words are kept), and an open care task of such a contact is closed as
 * BECAME_COMPLAINT by {@value #ACTOR}; a closed one keeps its outcome and gains the complaint too (the prevented rate
 * counts those). Set-based: three statements a poll, whatever its size; a complaint seen again links nothing twice.
 */
@Service
public class ContactLinks {

    static final String ACTOR = "workflow";

    private static final Logger log = LoggerFactory.getLogger(ContactLinks.class);

    private final JdbcClient jdbc;
    private final CareProperties properties;
    private final Clock clock;

    ContactLinks(JdbcClient jdbc, CareProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public int link(List<ComplaintReceived> complaints) {
        if (complaints.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        String batch = """
                SELECT complaint_id, customer_key, CAST(received AS timestamptz) AS received_at
                FROM unnest(CAST(:c0 AS text[]), CAST(:c1 AS text[]), CAST(:c2 AS text[]))
                     AS b(complaint_id, customer_key, received)""";
        int linked = params(jdbc.sql("""
                INSERT INTO contact_link (contact_id, complaint_id, linked_at)
                SELECT DISTINCT c.contact_id, b.complaint_id, CAST(:now AS timestamptz) FROM (%s) b
                JOIN (SELECT contact_id, customer_key, contacted_at FROM care_task
                      UNION SELECT contact_id, customer_key, contacted_at FROM care_contact
                      WHERE customer_key IS NOT NULL) c
                  ON c.customer_key = b.customer_key AND c.contacted_at < b.received_at
                 AND c.contacted_at >= b.received_at - CAST(:within AS interval)
                ON CONFLICT DO NOTHING""".formatted(batch)), complaints)
                .param("now", Timestamp.from(now)).param("within", properties.linkWithin().toSeconds() + " seconds")
                .update();
        if (linked == 0) {
            return 0;
        }
        int closed = params(jdbc.sql("""
                UPDATE care_task t SET status = 'CLOSED', outcome = 'BECAME_COMPLAINT', closed_at = :now,
                                       closed_by = :actor, next_alert_at = NULL
                FROM contact_link l JOIN (%s) b ON b.complaint_id = l.complaint_id
                WHERE l.contact_id = t.contact_id AND t.closed_at IS NULL""".formatted(batch)), complaints)
                .param("now", Timestamp.from(now)).param("actor", ACTOR).update();
        params(jdbc.sql("""
                UPDATE care_task t SET became_complaint = l.complaint_id
                FROM contact_link l JOIN (%s) b ON b.complaint_id = l.complaint_id
                WHERE l.contact_id = t.contact_id AND t.became_complaint IS NULL""".formatted(batch)), complaints)
                .update();
        log.info("{} complaint(s) linked to {} earlier contact(s); {} open care task(s) closed as BECAME_COMPLAINT",
                complaints.size(), linked, closed);
        return linked;
    }

    /**
     * Links a contact that arrived after the complaints that followed it (its words or its assessment came late) to
     * those complaints, from the cases opened for its customer within {@code workflow.care.link-within} after it,
     * and closes its care task as BECAME_COMPLAINT if it is open, as {@link #link} would have.
     *
     * @return how many complaints it was linked to now (not counting links made before)
     */
    @Transactional
    public int linkLate(String contactId, String customerKey, Instant contactedAt) {
        Instant now = clock.instant();
        int linked = jdbc.sql("""
                INSERT INTO contact_link (contact_id, complaint_id, linked_at)
                SELECT :contact, complaint_id, :now FROM complaint_case
                WHERE customer_key = :customer AND received_at > :at AND received_at <= :until
                ON CONFLICT DO NOTHING""")
                .param("contact", contactId).param("now", Timestamp.from(now)).param("customer", customerKey)
                .param("at", Timestamp.from(contactedAt))
                .param("until", Timestamp.from(contactedAt.plus(properties.linkWithin()))).update();
        String first = jdbc.sql("""
                SELECT l.complaint_id FROM contact_link l JOIN complaint_case c ON c.complaint_id = l.complaint_id
                WHERE l.contact_id = ? ORDER BY c.received_at, l.complaint_id LIMIT 1""")
                .param(contactId).query(String.class).optional().orElse(null);
        if (first == null) {
            return 0;
        }
        int closed = jdbc.sql("""
                UPDATE care_task SET status = 'CLOSED', outcome = 'BECAME_COMPLAINT', closed_at = :now,
                                     closed_by = :actor, next_alert_at = NULL
                WHERE contact_id = :contact AND closed_at IS NULL""")
                .param("now", Timestamp.from(now)).param("actor", ACTOR).param("contact", contactId).update();
        jdbc.sql("UPDATE care_task SET became_complaint = :complaint WHERE contact_id = :contact "
                        + "AND became_complaint IS NULL")
                .param("complaint", first).param("contact", contactId).update();
        if (closed > 0) {
            log.info("Care task {} closed as BECAME_COMPLAINT on opening: its customer complained after it ({})",
                    contactId, first);
        }
        return linked;
    }

    /**
     * Closes as BECAME_COMPLAINT every open care task whose contact is linked to a complaint: the task opened while
     * the complaint was being linked in the other listener of the care group, so neither saw the other. Runs with the
     * care alerts' scan, so such a task stays open a scan interval at most.
     *
     * @return how many tasks it closed
     */
    @Transactional
    public int closeLinkedOpenTasks() {
        int closed = jdbc.sql("""
                UPDATE care_task t SET status = 'CLOSED', outcome = 'BECAME_COMPLAINT', closed_at = :now,
                       closed_by = :actor, next_alert_at = NULL,
                       became_complaint = COALESCE(t.became_complaint, (
                           SELECT l.complaint_id FROM contact_link l WHERE l.contact_id = t.contact_id
                           ORDER BY l.linked_at, l.complaint_id LIMIT 1))
                WHERE t.closed_at IS NULL
                  AND EXISTS (SELECT 1 FROM contact_link l WHERE l.contact_id = t.contact_id)""")
                .param("now", Timestamp.from(clock.instant())).param("actor", ACTOR).update();
        if (closed > 0) {
            log.info("{} open care task(s) of contacts already linked to a complaint closed as BECAME_COMPLAINT",
                    closed);
        }
        return closed;
    }

    /** The poll's complaints as the {@code batch} rows: id, customer key, time received. */
    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, List<ComplaintReceived> complaints) {
        Columns rows = new Columns(3);
        complaints.forEach(complaint -> rows.add(complaint.complaintId(), complaint.customer().customerKey(),
                complaint.receivedAt().toString()));
        return sql.params(rows.arrays());
    }
}
