package org.complaintsuite.intake.normalize;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.CustomerKeyKind;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.support.text.CustomerText;
import org.complaintsuite.support.text.PhoneNumbers;
import org.complaintsuite.support.text.StorableText;

/**
 * Builds the canonical complaint from what a channel normalizer read, applying the rules every channel shares:
 * the derived complaint id, E.164 phones, ID numbers reduced to a keyed hash and a mask, the customer key, and a
 * warning (not a rejection) for every optional field that could not be understood.
 */
public final class ComplaintAssembler {

    /** Deliberately loose: one @, no spaces, a dot in the domain. Mailboxes are identifiers here, not addresses to send to. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PersonalData personalData;
    private final Clock clock;
    private final Channel channel;
    private final String externalReference;
    private final String complaintId;

    private final List<String> warnings = new ArrayList<>();
    private @Nullable Representative representative;
    private @Nullable RegulatorTransfer regulator;
    private List<Attachment> attachments = List.of();
    private List<Utterance> conversation = List.of();

    public ComplaintAssembler(PersonalData personalData, Clock clock, Channel channel, String externalReference) {
        this.personalData = personalData;
        this.clock = clock;
        this.channel = channel;
        this.externalReference = StorableText.of(externalReference.strip());
        this.complaintId = ComplaintIds.of(channel, this.externalReference);
    }

    /** A phone number in E.164, or the raw value with a warning when it is not a valid number. */
    public @Nullable String phone(String field, @Nullable String raw) {
        String value = CustomerText.blankToNull(raw);
        if (value == null) {
            return null;
        }
        return PhoneNumbers.toE164(value).orElseGet(() -> {
            warnings.add(field + ": not a valid phone number, kept as given");
            return CustomerText.normalize(value);
        });
    }

    /** An e-mail address, lower-cased, or the raw value with a warning when it does not look like one. */
    public @Nullable String email(String field, @Nullable String raw) {
        String value = CustomerText.blankToNull(raw);
        if (value == null) {
            return null;
        }
        String normalized = CustomerText.normalize(value).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalized).matches()) {
            warnings.add(field + ": not an e-mail address, kept as given");
            return CustomerText.normalize(value);
        }
        return normalized;
    }

    /** A warning may quote what the channel sent: it is made storable like everything else. */
    public void warn(String warning) {
        warnings.add(StorableText.of(warning));
    }

    public ComplaintAssembler representative(@Nullable Representative value) {
        this.representative = value;
        return this;
    }

    public ComplaintAssembler regulator(@Nullable RegulatorTransfer value) {
        this.regulator = value == null ? null
                : new RegulatorTransfer(StorableText.of(value.caseNumber()), value.deadline());
        return this;
    }

    public ComplaintAssembler attachments(List<Attachment> value) {
        this.attachments = value;
        return this;
    }

    public ComplaintAssembler conversation(List<Utterance> value) {
        this.conversation = value;
        return this;
    }

    /**
     * The complainant. The customer key links complaints of one person: the firm's customer id when known, else
     * the ID number, else the phone; each as a keyed hash so the key itself reveals nothing. A complaint with none
     * of them stands alone, keyed by its own id.
     */
    public Customer customer(@Nullable String customerId, @Nullable String name, @Nullable String phone,
            @Nullable String idNumber, @Nullable String email, @Nullable String address) {
        String id = CustomerText.blankToNull(customerId);
        String idValue = CustomerText.blankToNull(idNumber);
        String canonicalId = idValue == null ? null : PersonalData.canonicalIdNumber(idValue);
        String idHash = canonicalId == null ? null : personalData.keyedHash("id", canonicalId);
        // masking cuts by UTF-16 unit: a malformed "number" may leave half a surrogate pair
        String idMasked = canonicalId == null ? null : StorableText.of(PersonalData.maskIdNumber(canonicalId));
        String key;
        if (id != null) {
            key = CustomerKeyKind.CUSTOMER_ID.key(personalData.keyedHash("customer", id).substring(0, 24));
        }
        else if (idHash != null) {
            key = CustomerKeyKind.ID_NUMBER.key(idHash.substring(0, 24));
        }
        else if (phone != null) {
            key = CustomerKeyKind.PHONE.key(personalData.keyedHash("phone", phone).substring(0, 24));
        }
        else {
            key = CustomerKeyKind.COMPLAINT.key(complaintId);
        }
        String cleanAddress = CustomerText.blankToNull(address);
        String cleanName = CustomerText.blankToNull(name);
        return new Customer(id, key, cleanName == null ? null : CustomerText.normalize(cleanName), phone, idHash, idMasked,
                email, cleanAddress == null ? null : CustomerText.normalize(cleanAddress),
                cleanAddress == null ? null : CustomerText.fold(cleanAddress));
    }

    public ComplaintReceived build(ComplaintSource source, Instant receivedAt, Customer customer, ComplaintText text) {
        return new ComplaintReceived(UUID.randomUUID(), clock.instant(), complaintId, channel, source,
                externalReference, receivedAt, customer, representative, text, regulator, attachments, warnings,
                conversation);
    }

    /**
     * The customer's words, normalized and in simplified characters, with the original kept beside them; the
     * business category as given and, where it matches, as a JR/T 0169-2018 business type. The original is exact
     * but for what PostgreSQL cannot store ({@link StorableText}: NUL, other control characters, lone surrogates),
     * which becomes U+FFFD: risk scoring and workflow keep it, and a complaint accepted here must never fail there.
     * Without a category (calls and chats never send one) the business type is the one the customer's words name,
     * read with the same words, so that every channel has one where the words allow; and the words' product topics.
     */
    public static ComplaintText text(String original, @Nullable String agentSummary, @Nullable String demands,
            @Nullable String businessCategory) {
        String category = CustomerText.blankToNull(businessCategory);
        String words = CustomerText.simplified(original);
        return new ComplaintText(words, StorableText.of(original), wordsOrNull(agentSummary), wordsOrNull(demands),
                category == null ? null : CustomerText.normalize(category),
                (category == null ? BusinessTypes.ofSimplified(words) : BusinessTypes.of(category)).orElse(null),
                ProductTopics.ofSimplified(words));
    }

    private static @Nullable String wordsOrNull(@Nullable String value) {
        String blank = CustomerText.blankToNull(value);
        return blank == null ? null : CustomerText.simplified(blank);
    }
}
