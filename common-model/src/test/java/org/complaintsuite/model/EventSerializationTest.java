package org.complaintsuite.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventSerializationTest {

    /** The services' Kafka (de)serializers and Spring MVC both use Jackson 3 with its defaults for these types. */
    private final JsonMapper json = JsonMapper.builder().build();

    static ComplaintReceived regulatorComplaint() {
        return new ComplaintReceived(UUID.randomUUID(), Instant.parse("2025-10-09T08:20:01Z"), "cmp-1",
                Channel.REGULATOR, ComplaintSource.NFRA_12378, "NFRA-GD-2025-004512",
                Instant.parse("2025-10-09T08:20:00Z"),
                new Customer(null, "idn-abc", "陈某", "+8613800138000", "hash", "4403**********123X", null,
                        "广东省深圳市南山区科技园路1号", null),
                new Representative("李某", "+8617712345678", null, "某某法务咨询有限公司", true),
                new ComplaintText("要求退还担保费和会员费", "要求退還擔保費和會員費", null, "退还担保费、会员费", "贷款", null),
                new RegulatorTransfer("NFRA-GD-2025-004512", LocalDate.parse("2025-10-24")),
                List.of(new Attachment("委托书.pdf", "9f2c")), List.of("source: example warning"));
    }

    @Test
    void complaintReceivedSurvivesARoundTrip() {
        ComplaintReceived complaint = regulatorComplaint();

        String text = json.writeValueAsString(complaint);

        assertThat(json.readValue(text, ComplaintReceived.class)).isEqualTo(complaint);
    }

    @Test
    void timesAreWrittenAsIso8601AndDatesAsCalendarDates() {
        JsonNode tree = json.readTree(json.writeValueAsString(regulatorComplaint()));

        assertThat(tree.get("receivedAt").asString()).isEqualTo("2025-10-09T08:20:00Z");
        assertThat(tree.get("regulator").get("deadline").asString()).isEqualTo("2025-10-24");
        assertThat(tree.get("channel").asString()).isEqualTo("REGULATOR");
    }

    @Test
    void complaintAssessedSurvivesARoundTripWithItsEvidence() {
        var signal = new RiskSignal("REGULATOR_THREAT", "threatens to complain to a regulator", 45,
                List.of(Evidence.span("银保监会", 6)));
        var assessed = new ComplaintAssessed(UUID.randomUUID(), Instant.parse("2025-10-10T01:00:00Z"), "cmp-1",
                RiskAssessment.fromSignals(List.of(signal)), RiskAssessment.fromSignals(List.of()));

        var read = json.readValue(json.writeValueAsString(assessed), ComplaintAssessed.class);

        assertThat(read).isEqualTo(assessed);
        assertThat(read.escalation().signals().getFirst().evidence().getFirst())
                .isEqualTo(new Evidence(Evidence.Kind.TEXT_SPAN, "银保监会", 6, 10));
    }

    @Test
    void qualityFindingsSurviveARoundTripWithTheAgentAndTheEvidence() {
        var finding = new QualityFinding(UUID.randomUUID(), QualityFinding.Category.THIRD_PARTY_CONTACT,
                "THIRD_PARTY_CONTACT", "tells the customer the firm will contact third parties about the debt", "A0192",
                1, Instant.parse("2025-10-11T01:15:07Z"), "再不还我们就联系你的家人", List.of(Evidence.span("联系你的家人", 7)));
        var findings = new QualityFindings(UUID.randomUUID(), Instant.parse("2025-10-11T01:30:00Z"), "cmp-9",
                QualityFindings.Kind.CONTACT, Channel.PHONE, ComplaintSource.PHONE, "CC-20251011-000123",
                Instant.parse("2025-10-11T01:15:02Z"), List.of(finding));

        assertThat(json.readValue(json.writeValueAsString(findings), QualityFindings.class)).isEqualTo(findings);
    }

    @Test
    void aQualityFindingsEventCarriesAFinding() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QualityFindings(UUID.randomUUID(), Instant.now(),
                "cmp-9", QualityFindings.Kind.COMPLAINT, Channel.CHAT, ComplaintSource.APP, "CHAT-1", Instant.now(),
                List.of()));
    }

    @Test
    void anUtteranceFromBeforeAgentIdsReadsWithoutOne() {
        var read = json.readValue("""
                {"speaker": "AGENT", "at": "2025-10-11T01:15:07Z", "text": "您好"}""", Utterance.class);

        assertThat(read).isEqualTo(new Utterance(Utterance.Speaker.AGENT, Instant.parse("2025-10-11T01:15:07Z"), "您好"));
        assertThat(read.agentId()).isNull();
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String text = json.writeValueAsString(regulatorComplaint()).replaceFirst("\\{", "{\"addedLater\":1,");

        assertThat(json.readValue(text, ComplaintReceived.class).complaintId()).isEqualTo("cmp-1");
    }

    @Test
    void productTopicsSurviveARoundTrip() {
        ComplaintText text = new ComplaintText("提前还款还扣我利息", "提前還款還扣我利息", null, null, null, BusinessType.LOAN,
                List.of(ProductTopic.EARLY_REPAYMENT, ProductTopic.INTEREST_AND_FEES));

        assertThat(json.readValue(json.writeValueAsString(text), ComplaintText.class)).isEqualTo(text);
    }

    @Test
    void aComplaintTextFromBeforeProductTopicsReadsWithNone() {
        String before = """
                {"customerText":"利息太高","originalText":"利息太高","businessCategory":"贷款","businessType":"LOAN"}""";

        ComplaintText text = json.readValue(before, ComplaintText.class);

        assertThat(text.topics()).isEmpty();
        assertThat(text.businessType()).isEqualTo(BusinessType.LOAN);
    }

    @Test
    void aSourceMustBelongToItsChannel() {
        ComplaintReceived valid = regulatorComplaint();

        assertThatIllegalArgumentException().isThrownBy(() -> new ComplaintReceived(valid.eventId(),
                valid.occurredAt(), valid.complaintId(), Channel.CHAT, ComplaintSource.NFRA_12378,
                valid.externalReference(), valid.receivedAt(), valid.customer(), null, valid.text(), null,
                List.of(), List.of()));
    }
}
