package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

import org.apache.kafka.clients.admin.Admin;

/**
 * What the scenarios share: the options, the calls, intake's client, the databases and the broker, the sampling
 * loop and its samplers, the wait for an idle pipeline, and the CSV of every complaint followed.
 */
record Suite(BenchmarkOptions options, PhoneCalls calls, IntakeClient intake, Databases databases, Admin admin,
        SamplingLoop sampling, LagSampler lag, RiskQueues queues, AssessedOnCase assessedOnCase,
        ComplaintCsv complaintsCsv) {

    CompletionTracker tracker(String scenario) {
        return new CompletionTracker(databases, calls.prefix(scenario), assessedOnCase);
    }

    Duration drainTimeout() {
        return options.seconds("drain-timeout");
    }

    String bootstrapServers() {
        return options.get("bootstrap-servers");
    }

    Quiescence.Waited awaitIdle() throws InterruptedException {
        return new Quiescence(lag, queues).await(drainTimeout());
    }

    OpenLoopLoad openLoop() {
        return new OpenLoopLoad(intake, options.intValue("max-in-flight"));
    }
}
