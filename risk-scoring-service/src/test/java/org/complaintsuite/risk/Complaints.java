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
}
