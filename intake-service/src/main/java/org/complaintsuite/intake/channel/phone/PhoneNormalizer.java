package org.complaintsuite.intake.channel.phone;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.normalize.BeijingTime;
import org.complaintsuite.intake.normalize.ComplaintAssembler;
import org.complaintsuite.intake.normalize.Conversations;
import org.complaintsuite.intake.normalize.Normalization;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;
import org.complaintsuite.support.text.CustomerText;

/**
 * A call becomes a complaint received at call start. The customer's words are the customer's transcript segments;
 * when the platform sent no usable transcript, the agent's summary stands in for them.
 */
@Component
public class PhoneNormalizer {

    private final Normalization normalization;

    public PhoneNormalizer(Normalization normalization) {
        this.normalization = normalization;
    }

    public ComplaintReceived normalize(PhoneComplaint call) {
        Instant receivedAt = BeijingTime.parseInstant(call.startedAt()).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("startedAt", "must be an ISO-8601 date-time, e.g. 2025-10-11T09:15:02+08:00"))));
        String customerWords = customerWords(call.transcript());
        if (customerWords.isBlank()) {
            if (call.agentSummary() == null || CustomerText.isBlank(call.agentSummary())) {
                throw new InvalidInputException(List.of(new FieldError("transcript",
                        "must contain the customer's words (a CUSTOMER segment with text), or agentSummary must be given")));
            }
            customerWords = call.agentSummary();
        }
        ComplaintAssembler assembler = normalization.start(Channel.PHONE, call.callId());
        var customer = assembler.customer(call.customerId(), null, assembler.phone("callerNumber", call.callerNumber()),
                null, null, null);
        var text = ComplaintAssembler.text(customerWords, call.agentSummary(), null, null);
        return assembler.conversation(conversation(call.transcript(), receivedAt, call.agentId()))
                .build(ComplaintSource.PHONE, receivedAt, customer, text);
    }

    /**
     * Every speaker's segments, in the order of their offsets from call start (segments without one last); the
     * agent's carry the call's agent id.
     */
    private static List<Utterance> conversation(@Nullable List<PhoneComplaint.Segment> transcript, Instant startedAt,
            @Nullable String agentId) {
        if (transcript == null) {
            return List.of();
        }
        return transcript.stream()
                .filter(segment -> segment != null && Conversations.words(segment.text()) != null)
                .sorted(Comparator.comparing(PhoneComplaint.Segment::offsetMs,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(segment -> Conversations.utterance(segment.speaker(),
                        segment.offsetMs() == null ? null : startedAt.plusMillis(segment.offsetMs()), segment.text(),
                        agentId))
                .toList();
    }

    private static String customerWords(@Nullable List<PhoneComplaint.Segment> transcript) {
        if (transcript == null) {
            return "";
        }
        return transcript.stream()
                .filter(segment -> segment != null && segment.text() != null
                        && !CustomerText.isBlank(segment.text()))
                .filter(segment -> Conversations.speaker(segment.speaker()) == Utterance.Speaker.CUSTOMER)
                .map(PhoneComplaint.Segment::text)
                .collect(Collectors.joining("\n"));
    }
}
