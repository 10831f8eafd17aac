package org.complaintsuite.benchmark.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.CustomerKeyKind;
import org.complaintsuite.model.Utterance;

/**
 * A call as intake would publish it on {@code complaints.received}, built from common-model's records the way intake
 * builds it: the complaint id derived from channel and call id (name-based UUID of {@code PHONE:<callId>}), the
 * customer key from the customer id, the phone in E.164, the customer's words as the text risk scoring reads.
 * The customer key is a plain SHA-256 of the customer id, not intake's keyed hash (the benchmark does not hold
 * intake's key): it links the benchmark's complaints among themselves exactly as intake's would.
 */
final class ReceivedEvents {

    private ReceivedEvents() {
    }

    static ComplaintReceived of(PhoneCall call, Instant occurredAt) {
        String complaintId = complaintId(call.callId());
        String customerKey = CustomerKeyKind.CUSTOMER_ID.key(sha256("customer:" + call.customerId()).substring(0, 24));
        Customer customer = new Customer(call.customerId(), customerKey, null, "+86" + call.callerNumber(), null, null,
                null, null, null);
        String words = call.customerWords();
        ComplaintText text = new ComplaintText(words, words, call.agentSummary(), null, null, null);
        List<Utterance> conversation = call.transcript().stream()
                .map(segment -> new Utterance(Utterance.Speaker.valueOf(segment.speaker()),
                        call.startedAt().plusMillis(segment.offsetMs()), segment.text()))
                .toList();
        return new ComplaintReceived(UUID.randomUUID(), occurredAt, complaintId, Channel.PHONE, ComplaintSource.PHONE,
                call.callId(), call.startedAt(), customer, null, text, null, List.of(), List.of(), conversation);
    }

    /** Intake's complaint id of a call: the name-based UUID of {@code PHONE:<callId>}. */
    static String complaintId(String callId) {
        return UUID.nameUUIDFromBytes(("PHONE:" + callId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
