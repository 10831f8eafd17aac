package org.complaintsuite.benchmark;

import java.util.Arrays;
import java.util.List;

/** The profiled executions of one SQL statement: calls, time, its slowest call's parameters, and a percentile. */
final class StatementStats {

    final String sql;
    long calls;
    long ownCalls;
    long totalNanos;
    long reassessmentNanos;
    long maxNanos;
    List<StatementProfiler.Parameter> slowestParameters = List.of();
    private long[] samples = new long[256];
    private int sampleCount;

    StatementStats(String sql) {
        this.sql = sql;
    }

    synchronized void add(long nanos, boolean reassessment, List<StatementProfiler.Parameter> parameters) {
        calls++;
        totalNanos += nanos;
        if (reassessment) {
            reassessmentNanos += nanos;
        }
        else {
            ownCalls++;
        }
        if (nanos > maxNanos) {
            maxNanos = nanos;
            slowestParameters = parameters;
        }
        if (sampleCount == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[sampleCount++] = nanos;
    }

    synchronized long percentile(double p) {
        long[] sorted = Arrays.copyOf(samples, sampleCount);
        Arrays.sort(sorted);
        return Latencies.percentile(sorted, p);
    }
}
