package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * One call as the telephony platform sends it ({@code POST /api/v1/complaints/phone}, {@code complaints.raw.phone}):
 * the fields of intake's {@code PhoneComplaint} that the benchmark fills. {@code callId} is the case's
 * {@code external_reference}, by which the benchmark finds it again.
 */
record PhoneCall(
        String callId,
        String callerNumber,
        String customerId,
        Instant startedAt,
        int durationSeconds,
        String agentId,
        List<Segment> transcript,
        String agentSummary,
        boolean complaintFlag) {

    /** One utterance, as the platform names its fields. */
    record Segment(String speaker, long offsetMs, String text) {
    }

    /** The customer's words: what risk scoring reads. */
    String customerWords() {
        return transcript.stream().filter(segment -> segment.speaker().equals("CUSTOMER")).map(Segment::text)
                .reduce((a, b) -> a + "\n" + b).orElse(agentSummary);
    }
}
