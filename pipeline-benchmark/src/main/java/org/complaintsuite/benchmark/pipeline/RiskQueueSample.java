package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

/**
 * Risk scoring's re-assessment work waiting at {@code at}: complaints queued to be assessed again
 * ({@code reassessment_queue}) and rings whose members are still to be queued ({@code ring_reassessment}).
 */
record RiskQueueSample(Instant at, String phase, long complaints, long rings) {

    boolean empty() {
        return complaints == 0 && rings == 0;
    }

    static String csvHeader() {
        return "time,phase,reassessment_queue,ring_reassessment";
    }

    String csv() {
        return at + "," + phase + "," + complaints + "," + rings;
    }
}
