package org.complaintsuite.intake.channel.regulator;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.intake.normalize.PersonalData;
import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
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

    @Test
    void traditionalContentAndDemandsAreReadInSimplifiedCharactersWithTheOriginalKept() {
        ComplaintReceived complaint = normalizeExample(transfer -> {
            transfer.put("content", "我要投訴到銀保監會");
            transfer.put("demands", "退還擔保費");
        });

        assertThat(complaint.text().customerText()).isEqualTo("我要投诉到银保监会\n退还担保费");
        assertThat(complaint.text().originalText()).isEqualTo("我要投訴到銀保監會\n退還擔保費");
        assertThat(complaint.text().demands()).isEqualTo("退还担保费");
    }

    @Test
    void traditionalAgentOrganizationIsReadInSimplifiedCharacters() {
        ComplaintReceived complaint = normalizeExample(transfer -> ((ObjectNode) transfer.get("agent"))
                .put("organization", "某某法務諮詢有限公司"));

        assertThat(complaint.representative().organization()).isEqualTo("某某法务咨询有限公司");
    }

    @ParameterizedTest
    @ValueSource(strings = {"廣東省 深圳市，南山區科技園路１號", "广东省深圳市南山区科技园路 1 号 "})
    void twoSpellingsOfTheComplainantsAddressGiveTheSameAddressKey(String spelling) {
        var example = normalizeExample().customer();
        var respelled = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("address", spelling)).customer();

        assertThat(respelled.addressKey()).isEqualTo(example.addressKey()).isEqualTo("广东省深圳市南山区科技园路1号");
        // the address itself stays as given, only in NFKC and trimmed
        assertThat(respelled.address()).isEqualTo(Normalizer.normalize(spelling, Normalizer.Form.NFKC).strip());
    }

    @Test
    void anotherAddressGivesAnotherAddressKey() {
        var other = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("address", "广东省深圳市南山区科技园路2号")).customer();

        assertThat(other.addressKey()).isNotEqualTo(normalizeExample().customer().addressKey());
    }

    @Test
    void fifteenAndEighteenDigitFormsOfOneIdNumberLinkToTheSameCustomer() {
        String fifteen = "440301850101123";
        String eighteen = PersonalData.canonicalIdNumber(fifteen);
        assertThat(PersonalData.isValidIdNumber(eighteen)).isTrue();

        ComplaintReceived first = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", fifteen));
        ComplaintReceived second = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", eighteen));

        assertThat(first.customer().idNumberHash()).matches("[0-9a-f]{64}")
                .isEqualTo(second.customer().idNumberHash());
        assertThat(first.customer().customerKey()).startsWith("idn-").isEqualTo(second.customer().customerKey());
        assertThat(first.customer().idNumberMasked()).isEqualTo(second.customer().idNumberMasked())
                .isEqualTo("4403**********1236");
        // a widened number has a computed check character: nothing to warn about
        assertThat(first.normalizationWarnings()).isEmpty();
        for (ComplaintReceived complaint : List.of(first, second)) {
            assertThat(ExamplePayloads.JSON.writeValueAsString(complaint)).doesNotContain(fifteen)
                    .doesNotContain(eighteen);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"440301198501011237", "4403011985010112", "4403011985010112361", "44030119850101ABCD",
            "abcdefghijklmnopqr", "44030119850101123Y"})
    void invalidIdNumberIsAWarningAndStillOnlyMaskedAndHashed(String idNumber) {
        ComplaintReceived complaint = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", idNumber));

        assertThat(complaint.normalizationWarnings()).singleElement().asString().startsWith("complainant.idNumber")
                .doesNotContain(idNumber);
        assertThat(complaint.customer().idNumberHash()).matches("[0-9a-f]{64}");
        assertThat(complaint.customer().idNumberMasked()).contains("*");
        assertThat(ExamplePayloads.JSON.writeValueAsString(complaint)).doesNotContain(idNumber)
                .doesNotContain(idNumber.toUpperCase()).doesNotContain(idNumber.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"E12345678", "H12345678", "1234567890"})
    void shortIdNumberIsMaskedSoThatMostOfItIsHidden(String idNumber) {
        // a passport or travel permit number (9 characters) in the ID field; the mask of an 18-character number
        // hides 10 of 18, so at least half of any number should be hidden, not all but one character
        String masked = normalizeExample(transfer -> ((ObjectNode) transfer.get("complainant"))
                .put("idNumber", idNumber)).customer().idNumberMasked();

        assertThat(masked.chars().filter(c -> c == '*').count()).as(masked)
                .isGreaterThanOrEqualTo(idNumber.length() / 2);
    }

    @Test
    void emailsAreLowerCasedAndTrimmed() {
        ComplaintReceived complaint = normalizeExample(transfer -> {
            ((ObjectNode) transfer.get("complainant")).put("email", "Agent@Example.COM ");
            ((ObjectNode) transfer.get("agent")).put("email", " LI.Mou@Law-Firm.CN");
        });

        assertThat(complaint.customer().email()).isEqualTo("agent@example.com");
        assertThat(complaint.representative().email()).isEqualTo("li.mou@law-firm.cn");
        assertThat(complaint.normalizationWarnings()).noneMatch(warning -> warning.contains("email"));
    }

    @Test
    void somethingThatIsNotAnEmailIsKeptAsGivenWithAWarning() {
        ComplaintReceived complaint = normalizeExample(transfer -> {
            ((ObjectNode) transfer.get("complainant")).put("email", "not-an-email");
            ((ObjectNode) transfer.get("agent")).put("email", "Li Mou@law firm");
        });

        assertThat(complaint.customer().email()).isEqualTo("not-an-email");
        assertThat(complaint.representative().email()).isEqualTo("Li Mou@law firm");
        assertThat(complaint.normalizationWarnings()).anySatisfy(
                warning -> assertThat(warning).startsWith("complainant.email"));
        assertThat(complaint.normalizationWarnings()).anySatisfy(warning -> assertThat(warning).startsWith("agent.email"));
    }

    @Test
    void unparseableAgentPhoneIsKeptAsGivenWithAWarning() {
        ComplaintReceived complaint = normalizeExample(transfer -> ((ObjectNode) transfer.get("agent"))
                .put("phone", "abc"));

        assertThat(complaint.representative().phone()).isEqualTo("abc");
        assertThat(complaint.normalizationWarnings()).anySatisfy(warning -> assertThat(warning).startsWith("agent.phone"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "贷款, LOAN",
            "信用卡分期, BANK_CARD",
            "征信, PERSONAL_FINANCIAL_INFORMATION",
            "贷款征信异议, PERSONAL_FINANCIAL_INFORMATION"})
    void businessCategoryIsKeptAndMappedToItsBusinessType(String category, BusinessType type) {
        ComplaintText text = normalizeExample(transfer -> transfer.put("businessCategory", category)).text();

        assertThat(text.businessCategory()).isEqualTo(category);
        assertThat(text.businessType()).isEqualTo(type);
    }

    @Test
    void businessCategoryWithoutABusinessTypeIsKeptWithoutOne() {
        ComplaintText text = normalizeExample(transfer -> transfer.put("businessCategory", "天气")).text();

        assertThat(text.businessCategory()).isEqualTo("天气");
        assertThat(text.businessType()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"委托书.pdf", "授權書.jpg", "Power of Attorney.pdf"})
    void agentWithAPowerOfAttorneyInAnySpellingHasOne(String attachment) {
        ComplaintReceived complaint = normalizeExample(transfer -> transfer.putArray("attachments")
                .add(ExamplePayloads.JSON.createObjectNode().put("name", "身份证.jpg"))
                .add(ExamplePayloads.JSON.createObjectNode().put("name", attachment)));

        assertThat(complaint.representative().powerOfAttorney()).isTrue();
    }

    @Test
    void agentWithOnlyAnIdCardAttachedHasNoPowerOfAttorney() {
        ComplaintReceived complaint = normalizeExample(transfer -> transfer.putArray("attachments")
                .add(ExamplePayloads.JSON.createObjectNode().put("name", "身份证.jpg")));

        assertThat(complaint.representative().powerOfAttorney()).isFalse();
    }

    @Test
    void transferWithOnlyTheRequiredFieldsIsAComplaintOfItsOwn() {
        RegulatorComplaint transfer = new RegulatorComplaint(null, "NFRA-minimal", "2025-10-09 16:20:00", null, null,
                null, "要求退还担保费", null, null, null);

        ComplaintReceived complaint = normalizer.normalize(transfer);

        assertThat(complaint.complaintId()).isEqualTo(ComplaintIds.of(Channel.REGULATOR, "NFRA-minimal"));
        assertThat(complaint.source()).isEqualTo(ComplaintSource.OTHER);
        assertThat(complaint.customer().customerKey()).isEqualTo("cmp-" + complaint.complaintId());
        assertThat(complaint.representative()).isNull();
        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.regulator()).isEqualTo(new RegulatorTransfer("NFRA-minimal", null));
        assertThat(complaint.text().customerText()).isEqualTo("要求退还担保费");
        assertThat(complaint.text().businessCategory()).isNull();
        assertThat(complaint.normalizationWarnings()).containsExactly("source: missing");
    }

    @Test
    void emptyStringsEmptyPersonsAndEmptyListsAreTreatedAsMissing() {
        RegulatorComplaint transfer = new RegulatorComplaint("NFRA_12378", "NFRA-empty", "2025-10-09 16:20:00", "",
                new RegulatorComplaint.Person("", " ", "", "", ""), new RegulatorComplaint.Agent(null, "", " ", null),
                "要求退还担保费", "", " ", Arrays.asList(null, null));

        ComplaintReceived complaint = normalizer.normalize(transfer);

        assertThat(complaint.customer()).isEqualTo(new Customer(null, "cmp-" + complaint.complaintId(), null, null,
                null, null, null, null, null));
        assertThat(complaint.representative()).isNull();
        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.regulator()).isEqualTo(new RegulatorTransfer("NFRA-empty", null));
        assertThat(complaint.text().demands()).isNull();
        assertThat(complaint.text().businessCategory()).isNull();
        assertThat(complaint.normalizationWarnings()).isEmpty();
    }
}
