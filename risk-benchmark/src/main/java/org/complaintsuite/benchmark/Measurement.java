package org.complaintsuite.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.complaintsuite.benchmark.ScoringRuns.Run;
import org.complaintsuite.benchmark.SyntheticComplaints.Sample;
import org.complaintsuite.benchmark.SyntheticComplaints.Scenario;

import static org.complaintsuite.benchmark.LinkStoreBenchmark.log;

/**
 * The measured passes over new complaints: a warm-up, then each round on one thread and on several; the floors any
 * transaction costs; and a last, profiled pass that times every SQL statement and explains the slowest.
 */
final class Measurement {

    private final BenchmarkOptions options;
    private final Report report;
    private final Function<DataSource, LinkStoreBenchmark.Service> services;

    Measurement(BenchmarkOptions options, Report report, Function<DataSource, LinkStoreBenchmark.Service> services) {
        this.options = options;
        this.report = report;
        this.services = services;
    }

    void measure(DataSource dataSource, SyntheticComplaints world) throws Exception {
        LinkStoreBenchmark.Service service = services.apply(dataSource);
        int perRound = options.samples() * (options.threads() > 1 ? 2 : 1);
        int total = options.warmup() + options.rounds() * perRound + options.profileSamples();
        List<Sample> samples = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            samples.add(world.nextSample());
        }
        Map<Scenario, Integer> mix = new EnumMap<>(Scenario.class);
        samples.forEach(sample -> mix.merge(sample.scenario(), 1, Integer::sum));
        log("generated %,d new complaints: %s".formatted(total, mix));

        int next = 0;
        log("warm-up: %,d complaints".formatted(options.warmup()));
        Run warmup = ScoringRuns.run("warm-up", service, samples.subList(next, next += options.warmup()), 1,
                dataSource);
        log("warm-up done: %.0f complaints/s, p50 %s ms".formatted(warmup.throughput(),
                Latencies.ms(Latencies.of(warmup.nanos()).p50())));

        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            Run single = ScoringRuns.run("round " + round + ", 1 thread", service,
                    samples.subList(next, next += options.samples()), 1, dataSource);
            runs.add(single);
            ScoringRuns.logRun(single);
            if (options.threads() > 1) {
                Run concurrent = ScoringRuns.run("round " + round + ", " + options.threads() + " threads", service,
                        samples.subList(next, next += options.samples()), options.threads(), dataSource);
                runs.add(concurrent);
                ScoringRuns.logRun(concurrent);
            }
        }
        report.runs(runs, options.targetP99Millis());
        report.floors(floors(dataSource));

        if (options.profileSamples() > 0) {
            profile(dataSource, runs, samples.subList(next, next + options.profileSamples()));
        }
    }

    /**
     * The profiled pass: every SQL statement timed, the own statements of the complaints that grew a ring summed,
     * and the slowest explained when asked or when a run missed the target.
     */
    private void profile(DataSource dataSource, List<Run> runs, List<Sample> batch) {
        StatementProfiler profiler = new StatementProfiler(dataSource);
        LinkStoreBenchmark.Service profiled = services.apply(profiler);
        long[] totals = new long[batch.size()];
        long[] own = new long[batch.size()];
        // the own statements of the complaints that grew a ring: SQL to {calls, nanos}
        Map<String, long[]> grewRing = new LinkedHashMap<>();
        long[][] sql = new long[batch.size()][];
        int[] reassessments = new int[batch.size()];
        log("profiling pass: %,d complaints".formatted(batch.size()));
        for (int i = 0; i < batch.size(); i++) {
            profiler.begin();
            long t0 = System.nanoTime();
            profiled.process(batch.get(i).complaint());
            own[i] = System.nanoTime() - t0;
            Map<String, long[]> statements = profiler.ownStatements();
            reassessments[i] = profiled.drain();
            if (reassessments[i] > 0) {
                statements.forEach((statement, figures) -> {
                    long[] sum = grewRing.computeIfAbsent(statement, key -> new long[2]);
                    sum[0] += figures[0];
                    sum[1] += figures[1];
                });
            }
            totals[i] = System.nanoTime() - t0;
            sql[i] = profiler.sqlNanos();
        }
        boolean missed = runs.stream().anyMatch(run -> Latencies.of(run.nanos()).p99() > options.targetP99Millis() * 1e6);
        Map<String, List<String>> plans = new LinkedHashMap<>();
        if (options.explain().equals("always") || (options.explain().equals("auto") && missed)) {
            plans = explainSlowest(dataSource, profiler);
        }
        report.profile(profiler.stats(), totals, own, sql, reassessments, grewRing, plans);
    }

    /** What any transaction costs here: a round trip, and a commit that flushes the WAL. */
    record Floors(Latencies roundTrip, Latencies commit) {
    }

    private static Floors floors(DataSource dataSource) throws SQLException {
        long[] trips = new long[2000];
        long[] commits = new long[300];
        try (Connection con = dataSource.getConnection()) {
            try (PreparedStatement ps = con.prepareStatement("SELECT 1")) {
                for (int i = 0; i < trips.length; i++) {
                    long t0 = System.nanoTime();
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                    trips[i] = System.nanoTime() - t0;
                }
            }
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement("SELECT pg_current_xact_id()")) {
                for (int i = 0; i < commits.length; i++) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                    long t0 = System.nanoTime();
                    con.commit();
                    commits[i] = System.nanoTime() - t0;
                }
            }
            finally {
                con.setAutoCommit(true);
            }
        }
        return new Floors(Latencies.of(Arrays.copyOfRange(trips, 200, trips.length)), Latencies.of(commits));
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the statements taking most time, with the parameters of their slowest call. */
    private static Map<String, List<String>> explainSlowest(DataSource dataSource, StatementProfiler profiler) {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        List<StatementStats> candidates = profiler.stats().stream()
                .filter(stats -> !stats.sql.equals(StatementProfiler.COMMIT))
                .filter(stats -> !stats.sql.startsWith("SELECT pg_advisory_xact_lock"))
                .toList();
        List<StatementStats> chosen = new ArrayList<>(candidates.subList(0, Math.min(4, candidates.size())));
        candidates.stream().max((a, b) -> Long.compare(a.maxNanos, b.maxNanos))
                .filter(slowest -> !chosen.contains(slowest)).ifPresent(chosen::add);
        for (StatementStats stats : chosen) {
            try {
                plans.put(stats.sql, StatementProfiler.explain(dataSource, stats.sql, stats.slowestParameters));
            }
            catch (SQLException ex) {
                plans.put(stats.sql, List.of("EXPLAIN failed: " + ex.getMessage()));
            }
        }
        return plans;
    }
}
