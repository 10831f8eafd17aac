package org.complaintsuite.intake.channel.regulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegulatorNormalizerTest {

    private static final String ID_NUMBER = "44030119850101123X";

    private final RegulatorNormalizer normalizer = new RegulatorNormalizer(ExamplePayloads.normalization());

    private ComplaintReceived normalizeExample() {
        return normalizer.normalize(ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class));
    }

    private ComplaintReceived normalizeExample(Consumer<ObjectNode> edit) {
        return normalizer.normalize(ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class, edit));
    }

    @Test
    void transferTimeWithoutOffsetIsReadAsBeijingTime() {
        // "2025-10-09 16:20:00" in Asia/Shanghai (UTC+8)
        assertThat(normalizeExample().receivedAt()).isEqualTo(Instant.parse("2025-10-09T08:20:00Z"));
    }

    @Test
    void transferIsARegulatorComplaintFromItsPlatformWithTheRegulatorsCaseAndDeadline() {
        ComplaintReceived complaint = normalizeExample();

        assertThat(complaint.channel()).isEqualTo(Channel.REGULATOR);
        assertThat(complaint.source()).isEqualTo(ComplaintSource.NFRA_12378);
        assertThat(complaint.externalReference()).isEqualTo("NFRA-GD-2025-004512");
        assertThat(complaint.complaintId()).isEqualTo(ComplaintIds.of(Channel.REGULATOR, "NFRA-GD-2025-004512"));
        assertThat(complaint.regulator())
                .isEqualTo(new RegulatorTransfer("NFRA-GD-2025-004512", LocalDate.of(2025, 10, 24)));
    }

    @Test
    void customerTextIsTheContentFollowedByTheDemands() {
        var text = normalizeExample().text();

        assertThat(text.originalText()).isEqualTo("本人于2024年12月借款8000元……要求退还担保费和会员费\n退还担保费、会员费");
        // NFKC spells the ellipsis character "…" as three full stops
        assertThat(text.customerText()).isEqualTo("本人于2024年12月借款8000元......要求退还担保费和会员费\n退还担保费、会员费");
        assertThat(text.demands()).isEqualTo("退还担保费、会员费");
        assertThat(text.businessCategory()).isEqualTo("贷款");
    }

    @Test
    void complainantIsIdentifiedWithAnE164PhoneAndAMaskedIdNumber() {
        var customer = normalizeExample().customer();

        assertThat(customer.name()).isEqualTo("陈某");
        assertThat(customer.phone()).isEqualTo("+8613800138000");
        assertThat(customer.address()).isEqualTo("广东省深圳市南山区科技园路1号");
        assertThat(customer.customerId()).isNull();
        assertThat(customer.idNumberMasked()).isEqualTo("4403**********123X");
        assertThat(customer.idNumberHash()).matches("[0-9a-f]{64}");
        assertThat(customer.customerKey()).startsWith("idn-");
    }

    @Test
    void idNumberIsNowhereInTheComplaintInClear() {
        String json = ExamplePayloads.JSON.writeValueAsString(normalizeExample());

        assertThat(json).contains("4403**********123X").doesNotContain(ID_NUMBER)
                .doesNotContain(ID_NUMBER.toLowerCase());
    }

    @Test
    void idNumberWrittenInLowerCaseOrFullWidthLinksToTheSameCustomer() {
        var canonical = normalizeExample().customer();
        var lowerCase = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", "44030119850101123x")).customer();
        var fullWidth = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", "４４０３０１１９８５０１０１１２３Ｘ")).customer();

        assertThat(lowerCase.idNumberHash()).isEqualTo(canonical.idNumberHash());
        assertThat(fullWidth.idNumberHash()).isEqualTo(canonical.idNumberHash());
        assertThat(fullWidth.customerKey()).isEqualTo(canonical.customerKey());
    }

    @Test
    void exampleIdNumberFailsTheGb11643CheckAndIsFlaggedWithoutRejectingTheTransfer() {
        // the check character of 44030119850101123 is 6, not X (see PersonalDataTest)
        assertThat(normalizeExample().normalizationWarnings()).singleElement().asString()
                .startsWith("complainant.idNumber").doesNotContain(ID_NUMBER);
    }

    @Test
    void validIdNumberRaisesNoWarning() {
        ComplaintReceived complaint = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", "440301198501011236"));

        assertThat(complaint.normalizationWarnings()).isEmpty();
        assertThat(complaint.customer().idNumberMasked()).isEqualTo("4403**********1236");
    }

    @Test
    void agentFilingWithAPowerOfAttorneyBecomesTheRepresentative() {
        ComplaintReceived complaint = normalizeExample();

        assertThat(complaint.representative())
                .isEqualTo(new Representative("李某", "+8617712345678", null, "某某法务咨询有限公司", true));
        assertThat(complaint.attachments()).containsExactly(new Attachment("委托书.pdf", "9f2c…"));
    }

    @Test
    void agentWithoutAPowerOfAttorneyIsARepresentativeWithoutOne() {
        ComplaintReceived complaint = normalizeExample(transfer -> transfer.putArray("attachments")
                .add(ExamplePayloads.JSON.createObjectNode().put("name", "借款合同.pdf")));

        assertThat(complaint.representative()).isNotNull();
        assertThat(complaint.representative().powerOfAttorney()).isFalse();
    }

    @Test
    void unparseableDeadlineIsAWarningNotARejection() {
        ComplaintReceived complaint = normalizeExample(transfer -> transfer.put("regulatorDeadline", "下周五"));

        assertThat(complaint.regulator()).isEqualTo(new RegulatorTransfer("NFRA-GD-2025-004512", null));
        assertThat(complaint.normalizationWarnings()).anySatisfy(
                warning -> assertThat(warning).startsWith("regulatorDeadline").contains("下周五"));
    }

    @Test
    void customerKeyAndIdNumberHashAreStableAcrossNormalizationsUnderTheSameKey() {
        ComplaintReceived first = normalizeExample();
        ComplaintReceived second = new RegulatorNormalizer(ExamplePayloads.normalization())
                .normalize(ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class));

        assertThat(second.customer().customerKey()).isEqualTo(first.customer().customerKey());
        assertThat(second.customer().idNumberHash()).isEqualTo(first.customer().idNumberHash());
        assertThat(second.complaintId()).isEqualTo(first.complaintId());
        assertThat(second.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void idNumberHashDependsOnTheServiceKey() {
        ComplaintReceived otherKey = new RegulatorNormalizer(ExamplePayloads.normalization("another-key"))
                .normalize(ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class));

        assertThat(otherKey.customer().idNumberHash()).isNotEqualTo(normalizeExample().customer().idNumberHash());
    }

    @Test
    void transferWithoutAParseableTransferTimeIsRejectedNamingTransferredAt() {
        RegulatorComplaint transfer = ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class,
                edit -> edit.put("transferredAt", "10月9日下午"));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> normalizer.normalize(transfer))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field)
                        .containsExactly("transferredAt"));
    }
}
