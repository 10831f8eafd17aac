package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.Locale;

/**
 * CPU used by one part of the machine over the second before {@code at}, in cores (1.0 = one core busy the whole
 * second). Parts: each process of the suite, PostgreSQL (all its processes), the benchmark itself, the machine as a
 * whole, and "other" (the machine minus all of those: whatever else runs on it).
 */
record CpuSample(Instant at, String phase, String part, double cores) {

    static String csvHeader() {
        return "time,phase,part,cores";
    }

    String csv() {
        return at + "," + phase + "," + part + "," + String.format(Locale.ROOT, "%.3f", cores);
    }
}
