package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's calls. Every call has its own call id ({@code PB-<run>-<scenario>-<n>}), customer id and caller
 * number, so ordinary complaints never link to each other, to other scenarios or to earlier runs (a fresh random
 * mobile prefix and offset per run); the agency's calls share one number and one letter.
 */
final class PhoneCalls {

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137",
            "138", "139", "150", "151", "152", "155", "156", "157", "158", "159", "180", "181", "182", "185", "186",
            "187", "188", "189");

    private final String runTag;
    private final String mobilePrefix;
    private final long callerOffset;
    private final AtomicLong callers = new AtomicLong();

    PhoneCalls(String runTag, long seed) {
        Random random = new Random(seed);
        this.runTag = runTag;
        this.mobilePrefix = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()));
        this.callerOffset = random.nextInt(50_000_000);
    }

    /** The call id prefix of a scenario's calls: a case's {@code external_reference} starts with it. */
    String prefix(String scenario) {
        return "PB-" + runTag + "-" + scenario + "-";
    }

    /** A complaint of its own: a caller seen nowhere else, a short ordinary text. */
    PhoneCall ordinary(String scenario, long index, Instant startedAt) {
        String customerId = "PBC-" + runTag + "-" + scenario + "-" + index;
        return call(prefix(scenario) + index, nextCallerNumber(), customerId, startedAt,
                ComplaintTexts.ordinary(index * 7919 + runTag.hashCode()), index);
    }

    /** One of the agency's clients: the shared number, the agency's letter, a customer id of their own. */
    PhoneCall agencyClient(String scenario, long member, Instant startedAt, String agencyNumber) {
        String customerId = "PBA-" + runTag + "-" + scenario + "-" + member;
        return call(prefix(scenario) + member, agencyNumber, customerId, startedAt,
                ComplaintTexts.agencyLetter(member), member);
    }

    /** A mobile number no other call of this run has. */
    String nextCallerNumber() {
        long serial = (callerOffset + callers.getAndIncrement()) % 100_000_000L;
        return mobilePrefix + String.format("%08d", serial);
    }

    private static PhoneCall call(String callId, String callerNumber, String customerId, Instant startedAt,
            String words, long seed) {
        List<PhoneCall.Segment> transcript = List.of(
                new PhoneCall.Segment("AGENT", 300, "您好，请问有什么可以帮您"),
                new PhoneCall.Segment("CUSTOMER", 1_800, words),
                new PhoneCall.Segment("AGENT", 9_500, ComplaintTexts.agentReply(seed)));
        return new PhoneCall(callId, callerNumber, customerId, startedAt, 60 + (int) Math.floorMod(seed, 400),
                "A" + (100 + Math.floorMod(seed, 50)), transcript, "客户来电投诉", true);
    }
}
