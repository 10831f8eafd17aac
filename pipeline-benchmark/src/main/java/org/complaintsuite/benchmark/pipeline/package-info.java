/**
 * The pipeline benchmark: load against the suite {@code ./run-local.sh} runs (REST and raw-topic intake, an agency
 * burst, a backlog replay), each complaint followed to its case and its assessment, the consumer groups' lag sampled
 * every second, and PostgreSQL's and Kafka's own limits measured on the same machine. Started by
 * {@code scripts/benchmark-pipeline.sh}; see {@link org.complaintsuite.benchmark.pipeline.PipelineBenchmark}.
 */
@NullMarked
package org.complaintsuite.benchmark.pipeline;

import org.jspecify.annotations.NullMarked;
