package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;

import org.complaintsuite.benchmark.ScoringRuns.Run;
import org.complaintsuite.benchmark.SyntheticComplaints.Scenario;

/** The report's scoring section and its summary: each run's latencies, server counters, and their splits. */
final class RunsSection {

    private RunsSection() {
    }

    /** The scoring section: the runs, the server counters, then each mode's splits by re-assessments and scenario. */
    static String runs(List<Run> measured, int warmup) {
        StringBuilder out = new StringBuilder("## Scoring\n\n");
        out.append(("Each new complaint goes through `AssessmentService.process` in its own transaction "
                + "(`TransactionTemplate` + `JdbcTransactionManager` on HikariCP, as `@Transactional` runs it in the "
                + "service), timed with `System.nanoTime()`; %,d complaints warmed up first, uncounted. A ring the "
                + "scoring grew is then expanded into its members, and each member re-assessed, each in its own "
                + "transaction, as the listener does right after the complaint: outside the latency, inside the "
                + "throughput (wall time), and counted in the re-assessments column (the expansion counts as one). "
                + "New complaints are mixed like the history and received after it, about one a minute (the history's "
                + "rate).\n\n")
                .formatted(warmup));
        out.append("| run | complaints | throughput (complaints/s) | p50 ms | p90 ms | p99 ms | max ms | mean ms | "
                + "re-assessments | load avg before → after |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Run run : measured) {
            Latencies l = Latencies.of(run.nanos());
            out.append("| %s | %,d | %.0f | %s | %s | %s | %s | %s | %,d | %s → %s |\n".formatted(run.name(),
                    run.nanos().length, run.throughput(), Latencies.ms(l.p50()), Latencies.ms(l.p90()),
                    Latencies.ms(l.p99()), Latencies.ms(l.max()), Latencies.ms(l.mean()),
                    Arrays.stream(run.reassessments()).sum(), run.loadBefore(), run.loadAfter()));
            if (run.failures() > 0) {
                out.append("| ↳ %d FAILED: %s | | | | | | | | | |\n".formatted(run.failures(), run.firstFailure()));
            }
        }
        out.append('\n');
        serverCounters(out, measured);
        for (int threads : measured.stream().mapToInt(Run::threads).distinct().toArray()) {
            splits(out, measured.stream().filter(run -> run.threads() == threads).toList(), threads);
        }
        return out.toString();
    }

    private static void serverCounters(StringBuilder out, List<Run> measured) {
        out.append("Server counters per complaint (blocks of 8 kB; WAL counters are the whole cluster's, so other "
                + "databases' activity on the machine counts too):\n\n");
        out.append("| run | blocks read (outside shared buffers) | blocks hit | WAL kB | WAL full-page images | WAL records |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Run run : measured) {
            double n = Math.max(1, run.nanos().length);
            var server = run.server();
            out.append("| %s | %.1f | %.0f | %.1f | %.1f | %.0f |\n".formatted(run.name(), server.blocksRead() / n,
                    server.blocksHit() / n, server.walBytes() / n / 1024, server.walFullPageImages() / n,
                    server.walRecords() / n));
        }
        out.append('\n');
    }

    private static void splits(StringBuilder out, List<Run> mode, int threads) {
        out.append("### %d thread%s, all rounds: with and without re-assessment of ring members\n\n".formatted(
                threads, threads == 1 ? "" : "s"));
        out.append("| complaints | count | share | p50 ms | p90 ms | p99 ms | max ms | mean ms | "
                + "re-assessments (mean) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        split(out, mode, "all", n -> true);
        split(out, mode, "without re-assessments", n -> n == 0);
        split(out, mode, "with re-assessments", n -> n > 0);
        split(out, mode, "with 1-9 re-assessments", n -> n > 0 && n < 10);
        split(out, mode, "with 10-49 re-assessments", n -> n >= 10 && n < 50);
        split(out, mode, "with 50 or more (the cap and the expansion)", n -> n >= 50);
        out.append('\n');
        out.append("| scenario | count | share | p50 ms | p90 ms | p99 ms | max ms | mean ms | re-assessments (mean) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : Scenario.values()) {
            scenario(out, mode, scenario);
        }
        out.append('\n');
    }

    /** The summary at the top: each run's throughput and latencies against the target. */
    static String summary(List<Run> measured, double targetMillis) {
        StringBuilder head = new StringBuilder("## Summary\n\n");
        List<Run> single = measured.stream().filter(run -> run.threads() == 1).toList();
        List<Run> concurrent = measured.stream().filter(run -> run.threads() > 1).toList();
        for (Run run : single) {
            Latencies l = Latencies.of(run.nanos());
            head.append("- %s: **%.0f complaints/s**, p50 %s ms, p90 %s ms, **p99 %s ms**, max %s ms — target p99 < %s ms: **%s**\n"
                    .formatted(run.name(), run.throughput(), Latencies.ms(l.p50()), Latencies.ms(l.p90()),
                            Latencies.ms(l.p99()), Latencies.ms(l.max()), trim(targetMillis),
                            l.p99() < targetMillis * 1e6 ? "met" : "missed"));
        }
        for (Run run : concurrent) {
            Latencies l = Latencies.of(run.nanos());
            head.append("- %s: **%.0f complaints/s**, p50 %s ms, p99 %s ms, max %s ms\n".formatted(run.name(),
                    run.throughput(), Latencies.ms(l.p50()), Latencies.ms(l.p99()), Latencies.ms(l.max())));
        }
        long triggering = single.stream().flatMapToInt(run -> Arrays.stream(run.reassessments())).filter(n -> n > 0).count();
        long count = single.stream().mapToLong(run -> run.nanos().length).sum();
        head.append("- single-threaded, %,d of %,d complaints (%.1f%%) re-assessed ring members: p99 %s ms without, %s ms with\n\n"
                .formatted(triggering, count, 100.0 * triggering / Math.max(1, count),
                        Latencies.ms(Latencies.of(select(single, n -> n == 0)).p99()),
                        Latencies.ms(Latencies.of(select(single, n -> n > 0)).p99())));
        return head.toString();
    }

    private static long[] select(List<Run> runs, IntPredicate reassessments) {
        List<Long> values = new ArrayList<>();
        for (Run run : runs) {
            for (int i = 0; i < run.nanos().length; i++) {
                if (reassessments.test(run.reassessments()[i])) {
                    values.add(run.nanos()[i]);
                }
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static void split(StringBuilder out, List<Run> runs, String label, IntPredicate reassessments) {
        rowOf(out, runs, label, (run, i) -> reassessments.test(run.reassessments()[i]));
    }

    private static void scenario(StringBuilder out, List<Run> runs, Scenario scenario) {
        rowOf(out, runs, scenario.name() + " (" + scenario.description + ")",
                (run, i) -> run.scenarios()[i] == scenario);
    }

    /** One row of the complaints for which {@code selected} holds, out of all of the runs' complaints. */
    private static void rowOf(StringBuilder out, List<Run> runs, String label, BiPredicate<Run, Integer> selected) {
        List<Long> values = new ArrayList<>();
        long re = 0;
        long all = 0;
        for (Run run : runs) {
            for (int i = 0; i < run.nanos().length; i++) {
                all++;
                if (selected.test(run, i)) {
                    values.add(run.nanos()[i]);
                    re += run.reassessments()[i];
                }
            }
        }
        row(out, label, values, all, re);
    }

    private static void row(StringBuilder out, String label, List<Long> values, long all, long reassessments) {
        if (values.isEmpty()) {
            out.append("| %s | 0 | | | | | | | |\n".formatted(label));
            return;
        }
        Latencies l = Latencies.of(values.stream().mapToLong(Long::longValue).toArray());
        out.append("| %s | %,d | %.1f%% | %s | %s | %s | %s | %s | %.1f |\n".formatted(label, l.count(),
                100.0 * l.count() / all, Latencies.ms(l.p50()), Latencies.ms(l.p90()), Latencies.ms(l.p99()),
                Latencies.ms(l.max()), Latencies.ms(l.mean()), (double) reassessments / l.count()));
    }

    static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
