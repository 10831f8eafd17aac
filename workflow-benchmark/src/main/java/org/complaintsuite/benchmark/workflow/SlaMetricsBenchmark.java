package org.complaintsuite.benchmark.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency of {@code GET /api/v1/metrics/sla} against millions of cases.
 * <p>
 * Creates the database with the workflow service's own Flyway migrations and loads synthetic cases built with the
 * service's own policies, calendar and clocks ({@link CaseLoader}, {@link SyntheticCases}, {@link ServiceRules}),
 * filling the rollup with the migration's {@code sla_rollup_rebuild()}. It then times what the rollup triggers cost
 * an insert ({@link TriggerCost}), starts the workflow application itself on that database
 * ({@link ServiceUnderTest}) and times requests over HTTP ({@link LatencyMeasurement}). The report
 * ({@link BenchmarkReport}) also sets the rollup's SLA figures beside those the clock rule gave while generating.
 * <p>
 * Run it with scripts/benchmark-workflow.sh; {@code --help} lists the options ({@link BenchmarkOptions}).
 */
public final class SlaMetricsBenchmark {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private SlaMetricsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (BenchmarkOptions.asksForHelp(args)) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        run(BenchmarkOptions.parse(args));
    }

    static void log(String message) {
        System.err.println("[benchmark " + TIME.format(Instant.now()) + "] " + message);
    }

    private static void run(BenchmarkOptions options) throws Exception {
        List<String> loadAverages = new ArrayList<>();
        loadAverages.add(BenchmarkReport.loadAverage());
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        log("options: " + options);
        CaseLoader.Times load = null;
        if (options.skipLoad()) {
            log("reusing database " + options.database());
        }
        else {
            load = new CaseLoader(options).load();
        }
        LoadedData data = LoadedData.read(options);
        int triggerSamples = options.intValue("trigger-samples");
        TriggerCost.Measured triggers = triggerSamples > 0 ? TriggerCost.measure(options, triggerSamples) : null;

        loadAverages.add(BenchmarkReport.loadAverage());
        LatencyMeasurement.Measured measured;
        try (ServiceUnderTest service = ServiceUnderTest.start(options)) {
            measured = new LatencyMeasurement(service, data, options.seed())
                    .measure(options.intValue("warmup"), options.intValue("samples"));
        }
        loadAverages.add(BenchmarkReport.loadAverage());

        String markdown = new BenchmarkReport(options).write(started, loadAverages, data, load, triggers, measured);
        System.out.println(markdown);
        Path path = Path.of(options.get("report"));
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, markdown);
        log("report written to " + path.toAbsolutePath());
    }
}
