package org.complaintsuite.workflow.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.ProductTopic;
import org.complaintsuite.support.jdbc.Columns;

/**
 * One row per conversation (table {@code customer_voice}): written by id, so a record read again changes nothing, and
 * a contact's words and its assessment fill in each other's columns whichever comes first.
 */
@Repository
class VoiceStore {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    VoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A poll's complaints in one statement; a contact with the same id (sent again as a complaint) becomes one. */
    int complaints(List<ComplaintReceived> complaints) {
        Columns rows = new Columns(5);
        complaints.forEach(complaint -> rows.add(complaint.complaintId(), day(complaint.receivedAt()).toString(),
                complaint.channel().name(), businessType(complaint.text()), topics(complaint.text())));
        return jdbc.sql("""
                INSERT INTO customer_voice (id, kind, day, channel, business_type, topics)
                SELECT DISTINCT ON (id) id, 'COMPLAINT', CAST(day AS date), channel, business_type,
                       string_to_array(topics, ',')
                FROM unnest(CAST(:c0 AS text[]), CAST(:c1 AS text[]), CAST(:c2 AS text[]), CAST(:c3 AS text[]),
                            CAST(:c4 AS text[])) AS b(id, day, channel, business_type, topics)
                ON CONFLICT (id) DO UPDATE SET kind = 'COMPLAINT', day = EXCLUDED.day, channel = EXCLUDED.channel,
                    business_type = EXCLUDED.business_type, topics = EXCLUDED.topics""")
                .params(rows.arrays()).update();
    }

    /** A contact's day, channel and categories; a complaint of the same id stays a complaint. */
    void contact(ContactReceived received) {
        ComplaintReceived contact = received.contact();
        jdbc.sql("""
                INSERT INTO customer_voice (id, kind, day, channel, business_type, topics)
                VALUES (:id, 'CONTACT', :day, :channel, :businessType, string_to_array(:topics, ','))
                ON CONFLICT (id) DO UPDATE SET channel = COALESCE(customer_voice.channel, EXCLUDED.channel),
                    business_type = COALESCE(customer_voice.business_type, EXCLUDED.business_type),
                    topics = COALESCE(customer_voice.topics, EXCLUDED.topics)""")
                .param("id", received.contactId()).param("day", day(contact.receivedAt()))
                .param("channel", contact.channel().name()).param("businessType", businessType(contact.text()))
                .param("topics", topics(contact.text())).update();
    }

    /** A contact's dissatisfaction, before or after its words. */
    void assessed(ContactAssessed assessed) {
        jdbc.sql("""
                INSERT INTO customer_voice (id, kind, day, dissatisfaction)
                VALUES (:id, 'CONTACT', :day, :dissatisfaction)
                ON CONFLICT (id) DO UPDATE SET dissatisfaction = EXCLUDED.dissatisfaction""")
                .param("id", assessed.contactId()).param("day", day(assessed.contactedAt()))
                .param("dissatisfaction", assessed.dissatisfaction()).update();
    }

    /** Per day of [from, to) and value of the dimension: contacts, dissatisfied contacts, complaints. */
    List<VoiceFigures.Count> counts(LocalDate from, LocalDate to, Dimension by, double dissatisfiedAt) {
        return jdbc.sql("""
                SELECT v.day, d.value,
                       count(*) FILTER (WHERE v.kind = 'CONTACT') AS contacts,
                       count(*) FILTER (WHERE v.kind = 'CONTACT' AND v.dissatisfaction >= :dissatisfiedAt)
                           AS dissatisfied,
                       count(*) FILTER (WHERE v.kind = 'COMPLAINT') AS complaints
                FROM customer_voice v CROSS JOIN LATERAL unnest(%s) AS d(value)
                WHERE v.day >= :from AND v.day < :to
                GROUP BY v.day, d.value
                ORDER BY v.day, d.value""".formatted(by.sql()))
                .param("from", from).param("to", to).param("dissatisfiedAt", dissatisfiedAt)
                .query((rs, n) -> new VoiceFigures.Count(rs.getObject("day", LocalDate.class), rs.getString("value"),
                        rs.getLong("contacts"), rs.getLong("dissatisfied"), rs.getLong("complaints")))
                .list();
    }

    /** Deletes up to {@code limit} rows of days before {@code before}. */
    int purge(LocalDate before, int limit) {
        return jdbc.sql("""
                DELETE FROM customer_voice WHERE id IN (
                    SELECT id FROM customer_voice WHERE day < :before LIMIT :limit)""")
                .param("before", before).param("limit", limit).update();
    }

    static LocalDate day(Instant at) {
        return at.atZone(BEIJING).toLocalDate();
    }

    private static @Nullable String businessType(ComplaintText text) {
        return text.businessType() == null ? null : text.businessType().name();
    }

    private static String topics(ComplaintText text) {
        return text.topics().stream().map(ProductTopic::name).collect(Collectors.joining(","));
    }
}
