package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

/** Something the benchmark reads once a second while it runs (consumer lag, CPU). */
interface Sampler {

    void sample(Instant at, String phase) throws Exception;
}
