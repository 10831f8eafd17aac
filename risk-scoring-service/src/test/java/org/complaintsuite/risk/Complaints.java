package org.complaintsuite.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.Utterance;

/** Complaints as intake publishes them, for the tests. */
public final class Complaints {

    private Complaints() {
    }

    public static ComplaintReceived chat(String complaintId, String customerText) {
        return new ComplaintReceived(UUID.randomUUID(), Instant.parse("2025-10-11T01:15:03Z"), complaintId,
                Channel.CHAT, ComplaintSource.APP, "CHAT-" + complaintId, Instant.parse("2025-10-11T01:15:02Z"),
                new Customer("C100234", "cid-" + complaintId, null, "+8613800138000", null, null, null, null, null), null,
                new ComplaintText(customerText, customerText, null, null, null, null), null, List.of(), List.of());
    }

    public static ComplaintReceived regulator(String complaintId, String customerText,
            @Nullable Representative representative, List<Attachment> attachments) {
        return new ComplaintReceived(UUID.randomUUID(), Instant.parse("2025-10-09T08:20:01Z"), complaintId,
                Channel.REGULATOR, ComplaintSource.NFRA_12378, "NFRA-" + complaintId,
                Instant.parse("2025-10-09T08:20:00Z"),
                new Customer(null, "idn-" + complaintId, "陈某", "+8613800138000", "hash", "4403**********123X", null, null, null),
                representative, new ComplaintText(customerText, customerText, null, null, "贷款", null),
                new RegulatorTransfer("NFRA-" + complaintId, null), attachments, List.of());
    }

    /** A chat complaint with no contact details at all, to be filled in as a test needs. */
    public static Builder complaint(String complaintId) {
        return new Builder(complaintId);
    }

    public static final class Builder {

        private final String complaintId;
        private Channel channel = Channel.CHAT;
        private ComplaintSource source = ComplaintSource.APP;
        private @Nullable String externalReference;
        private @Nullable RegulatorTransfer regulator;
        private Instant receivedAt = Instant.parse("2025-10-11T01:15:02Z");
        private String text = "请问我的账单什么时候出";
        private @Nullable String customerId;
        private @Nullable String customerKey;
        private @Nullable String customerName;
        private @Nullable String phone;
        private @Nullable String idNumberHash;
        private @Nullable String email;
        private @Nullable String address;
        private @Nullable String addressKey;
        private @Nullable Representative representative;
        private List<Attachment> attachments = List.of();
        private List<Utterance> conversation = List.of();

        private Builder(String complaintId) {
            this.complaintId = complaintId;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /** Sets the channel the source belongs to as well. */
        public Builder source(ComplaintSource value) {
            this.source = value;
            this.channel = switch (value) {
                case PHONE -> Channel.PHONE;
                case APP, WECHAT, WEB, OTHER -> Channel.CHAT;
                case NFRA_12378, PBOC_12363, CCA_12315, HEIMAO -> Channel.REGULATOR;
            };
            return this;
        }

        public Builder externalReference(String value) {
            this.externalReference = value;
            return this;
        }

        public Builder regulatorCase(@Nullable String caseNumber) {
            this.regulator = caseNumber == null ? null : new RegulatorTransfer(caseNumber, null);
            return this;
        }

        public Builder receivedAt(Instant value) {
            this.receivedAt = value;
            return this;
        }

        public Builder customerId(String value) {
            this.customerId = value;
            return this;
        }

        public Builder customerKey(String value) {
            this.customerKey = value;
            return this;
        }

        public Builder customerName(String value) {
            this.customerName = value;
            return this;
        }

        public Builder phone(@Nullable String value) {
            this.phone = value;
            return this;
        }

        public Builder email(@Nullable String value) {
            this.email = value;
            return this;
        }

        public Builder idNumberHash(@Nullable String value) {
            this.idNumberHash = value;
            return this;
        }

        /** The address as given and its folded key. */
        public Builder address(@Nullable String value, @Nullable String key) {
            this.address = value;
            this.addressKey = key;
            return this;
        }

        public Builder representative(@Nullable Representative value) {
            this.representative = value;
            return this;
        }

        public Builder attachments(Attachment... value) {
            this.attachments = List.of(value);
            return this;
        }

        public Builder conversation(Utterance... value) {
            this.conversation = List.of(value);
            return this;
        }

        public ComplaintReceived build() {
            String reference = externalReference != null ? externalReference : source + "-" + complaintId;
            return new ComplaintReceived(UUID.nameUUIDFromBytes(complaintId.getBytes()), receivedAt.plusSeconds(1),
                    complaintId, channel, source, reference, receivedAt,
                    new Customer(customerId, customerKey != null ? customerKey : "key-" + complaintId, customerName,
                            phone, idNumberHash, null, email, address, addressKey),
                    representative, new ComplaintText(text, text, null, null, null, null), regulator, attachments,
                    List.of(), conversation);
        }
    }
}
