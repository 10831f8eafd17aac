package org.complaintsuite.intake.channel.regulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.normalize.BeijingTime;
import org.complaintsuite.intake.normalize.ComplaintAssembler;
import org.complaintsuite.intake.normalize.Normalization;
import org.complaintsuite.intake.normalize.PersonalData;
import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;
import org.complaintsuite.support.text.CustomerText;

/**
 * A regulator transfer becomes a complaint received at the transfer time. The customer's words are the complaint
 * content followed by the demands; a third party filing for the complainant becomes the representative, and an
 * attachment named as a power of attorney (委托书, 授权书) is recorded as one.
 */
@Component
public class RegulatorNormalizer {

    private final Normalization normalization;

    public RegulatorNormalizer(Normalization normalization) {
        this.normalization = normalization;
    }

    public ComplaintReceived normalize(RegulatorComplaint transfer) {
        Instant receivedAt = BeijingTime.parseInstant(transfer.transferredAt())
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("transferredAt",
                        "must be a date-time such as 2025-10-09 16:20:00 (Beijing time) or ISO-8601"))));
        if (CustomerText.isBlank(transfer.content())) {
            throw new InvalidInputException(List.of(new FieldError("content", "has no visible text")));
        }
        ComplaintAssembler assembler = normalization.start(Channel.REGULATOR, transfer.caseNumber());
        ComplaintSource source = source(transfer.source(), assembler);

        LocalDate deadline = null;
        if (CustomerText.blankToNull(transfer.regulatorDeadline()) != null) {
            deadline = BeijingTime.parseDate(transfer.regulatorDeadline()).orElse(null);
            if (deadline == null) {
                assembler.warn("regulatorDeadline: not a date (yyyy-MM-dd), ignored: '" + transfer.regulatorDeadline() + "'");
            }
        }
        assembler.regulator(new RegulatorTransfer(transfer.caseNumber().strip(), deadline));

        List<Attachment> attachments = transfer.attachments() == null ? List.of() : transfer.attachments().stream()
                .filter(Objects::nonNull)
                .map(attachment -> new Attachment(CustomerText.normalize(attachment.name()), CustomerText.blankToNull(attachment.sha256())))
                .toList();
        assembler.attachments(attachments);

        RegulatorComplaint.Agent agent = transfer.agent();
        if (agent != null && (CustomerText.blankToNull(agent.name()) != null || CustomerText.blankToNull(agent.phone()) != null
                || CustomerText.blankToNull(agent.email()) != null || CustomerText.blankToNull(agent.organization()) != null)) {
            boolean powerOfAttorney = attachments.stream().anyMatch(attachment -> isPowerOfAttorney(attachment.name()));
            String organization = CustomerText.blankToNull(agent.organization());
            String name = CustomerText.blankToNull(agent.name());
            assembler.representative(new Representative(name == null ? null : CustomerText.normalize(name),
                    assembler.phone("agent.phone", agent.phone()), assembler.email("agent.email", agent.email()),
                    organization == null ? null : CustomerText.simplified(organization), powerOfAttorney));
        }

        RegulatorComplaint.Person person = transfer.complainant();
        String idNumber = person == null ? null : CustomerText.blankToNull(person.idNumber());
        if (idNumber != null && !PersonalData.isValidIdNumber(PersonalData.canonicalIdNumber(idNumber))) {
            assembler.warn("complainant.idNumber: not a valid resident ID number (check character), kept masked");
        }
        var customer = person == null ? assembler.customer(null, null, null, null, null, null)
                : assembler.customer(null, person.name(), assembler.phone("complainant.phone", person.phone()),
                        idNumber, assembler.email("complainant.email", person.email()), person.address());

        String words = transfer.demands() == null || transfer.demands().isBlank() ? transfer.content()
                : transfer.content() + "\n" + transfer.demands();
        var text = ComplaintAssembler.text(words, null, transfer.demands(), transfer.businessCategory());
        return assembler.build(source, receivedAt, customer, text);
    }

    static boolean isPowerOfAttorney(String attachmentName) {
        String name = CustomerText.simplified(attachmentName).toLowerCase(Locale.ROOT);
        return name.contains("委托") || name.contains("授权") || name.contains("power of attorney");
    }

    private static ComplaintSource source(@Nullable String source, ComplaintAssembler assembler) {
        String value = CustomerText.blankToNull(source);
        if (value == null) {
            assembler.warn("source: missing");
            return ComplaintSource.OTHER;
        }
        String upper = CustomerText.simplified(value).toUpperCase(Locale.ROOT);
        if (upper.contains("12378") || upper.startsWith("NFRA") || upper.startsWith("CBIRC")) {
            return ComplaintSource.NFRA_12378;
        }
        if (upper.contains("12363") || upper.startsWith("PBOC")) {
            return ComplaintSource.PBOC_12363;
        }
        if (upper.contains("12315") || upper.startsWith("CCA")) {
            return ComplaintSource.CCA_12315;
        }
        if (upper.contains("HEIMAO") || upper.contains("黑猫")) {
            return ComplaintSource.HEIMAO;
        }
        assembler.warn("source: unknown source '" + value + "'");
        return ComplaintSource.OTHER;
    }
}
