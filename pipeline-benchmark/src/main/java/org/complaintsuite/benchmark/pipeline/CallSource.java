package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

/** The call to send as request {@code index} of a run, due (or sent) at {@code at}. */
@FunctionalInterface
interface CallSource {

    PhoneCall call(long index, Instant at);
}
