package org.complaintsuite.benchmark.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline benchmark's entry point (run by {@code scripts/benchmark-pipeline.sh}): checks what the suite runs
 * with, starts the once-a-second sampling, runs the chosen scenarios in order with an idle pipeline between them,
 * measures the reference limits last, and writes the report. Not a test: nothing here asserts a figure.
 */
public final class PipelineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineBenchmark.class);
    static final String TOKEN_VARIABLE = "PIPELINE_BENCHMARK_TOKEN";
    private static final double WARM_UP_RATE = 50;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (BenchmarkOptions.asksForHelp(args)) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        String token = System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(TOKEN_VARIABLE + " must hold intake's bearer token "
                    + "(scripts/dev-token.sh callcenter-fe INTAKE)");
        }
        Instant started = Instant.now();
        Machine machine = Machine.describe();
        String runTag = Long.toString(started.getEpochSecond(), 36);
        Databases databases = new Databases(options.get("db-url"), options.get("db-user"), options.get("db-password"));
        AssessedOnCase assessedOnCase = AssessedOnCase.of(databases.workflowHasAppliedAt());
        Path reportDir = options.reportDir();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     options.get("bootstrap-servers")));
             IntakeClient intake = new IntakeClient(options.get("intake-url"), token, new PayloadSerializer());
             RiskQueues queues = new RiskQueues(databases);
             ComplaintCsv complaints = new ComplaintCsv(reportDir.resolve("complaints.csv"))) {
            SuiteSettings settings = SuiteSettings.read(admin, databases);
            LagSampler lag = new LagSampler(admin);
            CpuSampler cpu = new CpuSampler(Path.of(options.get("run-dir")));
            SamplingLoop sampling = new SamplingLoop(List.of(lag, cpu, queues));
            sampling.start();
            Suite suite = new Suite(options, new PhoneCalls(runTag, started.toEpochMilli()), intake, databases, admin,
                    sampling, lag, queues, assessedOnCase, complaints);
            Results results;
            try {
                results = run(suite, started, machine, settings, cpu, args);
            }
            finally {
                sampling.close();
            }
            Path report = PipelineReport.write(reportDir, results, options.seconds("keep-up"));
            System.out.println(PipelineReport.render(results, options.seconds("keep-up")));
            LOG.info("report written to {}", report);
        }
    }

    /** Complaints through the whole pipeline before anything is measured, so that no scenario pays for JIT. */
    private static void warmUp(Suite suite) throws Exception {
        int count = suite.options().intValue("warm-up");
        if (count <= 0) {
            return;
        }
        suite.sampling().phase("warm-up");
        CompletionTracker tracker = suite.tracker("W");
        LOG.info("warming up: {} complaints at {}", count, Format.rate(WARM_UP_RATE));
        suite.openLoop().run(WARM_UP_RATE, Duration.ofMillis(Math.round(count * 1000 / WARM_UP_RATE)),
                (index, at) -> suite.calls().ordinary("W", index, at), tracker);
        tracker.awaitAll(suite.drainTimeout());
        suite.awaitIdle();
        suite.sampling().phase("idle");
    }

    private static Results run(Suite suite, Instant started, Machine machine, SuiteSettings settings, CpuSampler cpu,
            String[] args) throws Exception {
        BenchmarkOptions options = suite.options();
        LOG.info("waiting for the pipeline to be idle before the first scenario");
        suite.awaitIdle();
        warmUp(suite);
        PayloadSerializer serializer = new PayloadSerializer();
        RestIntakeScenario.Result rest = options.runs("rest") ? new RestIntakeScenario(suite).run() : null;
        RawTopicScenario.Result raw = options.runs("raw") ? new RawTopicScenario(suite, serializer).run() : null;
        AgencyBurstScenario.Result burst = options.runs("burst") ? new AgencyBurstScenario(suite).run() : null;
        BacklogScenario.Result backlog = options.runs("backlog") ? new BacklogScenario(suite, serializer).run() : null;
        ReferenceLimits.Figures reference = null;
        if (options.runs("reference")) {
            suite.sampling().phase("reference limits");
            reference = new ReferenceLimits(suite.databases(), suite.admin(), suite.bootstrapServers())
                    .measure(options.seconds("reference-seconds"), Long.toString(started.getEpochSecond(), 36));
            suite.sampling().phase("idle");
        }
        String code = System.getProperty("benchmark.code", "unknown");
        return new Results(started, Instant.now(), options.commandLine(args), code, machine, Machine.currentLoadAverage(),
                settings, suite.assessedOnCase(), rest, raw, burst, backlog, reference, suite.lag().samples(),
                cpu.samples(), suite.queues().samples(), suite.queues().readable());
    }
}
