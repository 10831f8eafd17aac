package org.complaintsuite.workflow.content;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Representative;
import org.complaintsuite.support.jdbc.Columns;
import org.complaintsuite.support.text.Masks;
import org.complaintsuite.support.text.StorableText;

/** The content of each case's complaint (table {@code case_content}), written once when the case is opened. */
@Repository
public class CaseContentStore {

    private static final TypeReference<List<CaseContent.Turn>> TURNS = new TypeReference<>() {
    };
    private static final TypeReference<List<CaseContent.AttachmentName>> ATTACHMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseContentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The content of these complaints' cases, just opened: one multi-row insert. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAll(List<ComplaintReceived> complaints) {
        var rows = new Columns(17);
        complaints.forEach(complaint -> rows.add(row(complaint)));
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO case_content (complaint_id, customer_text, original_text, agent_summary, demands,
                    business_category, regulator_deadline, customer_id, customer_name, customer_phone, customer_email,
                    customer_address, customer_id_masked, representative, conversation, attachments,
                    normalization_warnings)
                SELECT c0, c1, c2, c3, c4, c5, CAST(c6 AS date), c7, c8, c9, c10, c11, c12, CAST(c13 AS jsonb),
                    CAST(c14 AS jsonb), CAST(c15 AS jsonb), CAST(c16 AS jsonb)
                FROM unnest(CAST(:c0 AS text[]), CAST(:c1 AS text[]), CAST(:c2 AS text[]), CAST(:c3 AS text[]),
                    CAST(:c4 AS text[]), CAST(:c5 AS text[]), CAST(:c6 AS text[]), CAST(:c7 AS text[]),
                    CAST(:c8 AS text[]), CAST(:c9 AS text[]), CAST(:c10 AS text[]), CAST(:c11 AS text[]),
                    CAST(:c12 AS text[]), CAST(:c13 AS text[]), CAST(:c14 AS text[]), CAST(:c15 AS text[]),
                    CAST(:c16 AS text[]))
                    AS r(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16)
                ON CONFLICT (complaint_id) DO NOTHING""")
                .params(rows.arrays())
                .update();
    }

    /** A complaint's content as one row of text, in the columns' order. */
    private @Nullable String[] row(ComplaintReceived complaint) {
        var text = complaint.text();
        var customer = complaint.customer();
        Representative representative = complaint.representative();
        LocalDate deadline = complaint.regulator() == null ? null : complaint.regulator().deadline();
        return new String[] {complaint.complaintId(), StorableText.of(text.customerText()),
            StorableText.of(text.originalText()), StorableText.ofNullable(text.agentSummary()),
            StorableText.ofNullable(text.demands()), StorableText.ofNullable(text.businessCategory()),
            deadline == null ? null : deadline.toString(), StorableText.ofNullable(customer.customerId()),
            StorableText.ofNullable(customer.name()), StorableText.ofNullable(customer.phone()),
            StorableText.ofNullable(customer.email()), StorableText.ofNullable(customer.address()),
            StorableText.ofNullable(customer.idNumberMasked()),
            representative == null ? null : json.writeValueAsString(new CaseContent.Representative(
                    StorableText.ofNullable(representative.name()), StorableText.ofNullable(representative.phone()),
                    StorableText.ofNullable(representative.email()),
                    StorableText.ofNullable(representative.organization()), representative.powerOfAttorney())),
            json.writeValueAsString(complaint.conversation().stream()
                    .map(turn -> new CaseContent.Turn(turn.speaker(), turn.at(), StorableText.of(turn.text())))
                    .toList()),
            json.writeValueAsString(complaint.attachments().stream()
                    .map(attachment -> new CaseContent.AttachmentName(StorableText.of(attachment.name()))).toList()),
            json.writeValueAsString(complaint.normalizationWarnings().stream().map(StorableText::of).toList())};
    }

    /** The content of a case's complaint with its complainant; empty for a case opened before content was kept. */
    public Optional<Stored> find(String complaintId) {
        return jdbc.sql("""
                SELECT k.channel, k.business_type, k.regulator_case_number, c.customer_text, c.original_text,
                       c.agent_summary, c.demands, c.business_category, c.regulator_deadline, c.customer_id,
                       c.customer_name, c.customer_phone, c.customer_email, c.customer_address, c.customer_id_masked,
                       c.representative::text AS representative, c.conversation::text AS conversation,
                       c.attachments::text AS attachments, c.normalization_warnings::text AS warnings
                FROM case_content c JOIN complaint_case k ON k.complaint_id = c.complaint_id
                WHERE c.complaint_id = :id""")
                .param("id", complaintId)
                .query((rs, row) -> stored(rs))
                .optional();
    }

    /** The complainants of several cases, masked, by complaint id (for lists: one query per page). */
    public Map<String, CaseContent.MaskedCustomer> maskedCustomers(Collection<String> complaintIds) {
        Map<String, CaseContent.MaskedCustomer> masked = new HashMap<>();
        if (complaintIds.isEmpty()) {
            return masked;
        }
        jdbc.sql("SELECT complaint_id, customer_name, customer_phone FROM case_content WHERE complaint_id IN (:ids)")
                .param("ids", complaintIds)
                .query((ResultSet rs) -> {
                    String name = rs.getString("customer_name");
                    String phone = rs.getString("customer_phone");
                    masked.put(rs.getString("complaint_id"), new CaseContent.MaskedCustomer(
                            name == null ? null : Masks.name(name), phone == null ? null : Masks.phone(phone)));
                });
        return masked;
    }

    /** A case's content and complainant as stored. */
    public record Stored(CaseContent content, CaseContent.Customer customer) {
    }

    private Stored stored(ResultSet rs) throws SQLException {
        List<CaseContent.Turn> conversation = json.readValue(rs.getString("conversation"), TURNS);
        Channel channel = Channel.valueOf(rs.getString("channel"));
        String representative = rs.getString("representative");
        Date deadline = rs.getDate("regulator_deadline");
        String businessType = rs.getString("business_type");
        var content = new CaseContent(rs.getString("customer_text"), rs.getString("original_text"),
                rs.getString("agent_summary"), rs.getString("demands"), rs.getString("business_category"),
                businessType == null ? null : BusinessType.valueOf(businessType), rs.getString("regulator_case_number"),
                deadline == null ? null : deadline.toLocalDate(),
                channel == Channel.PHONE ? conversation : List.of(), channel == Channel.CHAT ? conversation : List.of(),
                json.readValue(rs.getString("attachments"), ATTACHMENTS),
                representative == null ? null : json.readValue(representative, CaseContent.Representative.class),
                json.readValue(rs.getString("warnings"), WARNINGS));
        var customer = new CaseContent.Customer(rs.getString("customer_id"), rs.getString("customer_name"),
                rs.getString("customer_phone"), rs.getString("customer_email"), rs.getString("customer_address"),
                rs.getString("customer_id_masked"));
        return new Stored(content, customer);
    }
}
