package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

/** Where a load run notes each call intake accepted, with the time the complaint is counted from (its send). */
@FunctionalInterface
interface SentLog {

    void sent(String callId, Instant at);
}
