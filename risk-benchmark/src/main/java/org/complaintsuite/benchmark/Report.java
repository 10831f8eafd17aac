package org.complaintsuite.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.complaintsuite.benchmark.BenchmarkDatabase.Sizes;
import org.complaintsuite.benchmark.BenchmarkDatabase.TableSize;
import org.complaintsuite.benchmark.BenchmarkEnvironment.Environment;
import org.complaintsuite.benchmark.BenchmarkEnvironment.TextStatistics;
import org.complaintsuite.benchmark.Measurement.Floors;
import org.complaintsuite.benchmark.ScoringRuns.Run;
import org.complaintsuite.benchmark.SyntheticComplaints.Scenario;

/** The benchmark's findings as markdown, section by section as they come in. */
final class Report {

    private final BenchmarkOptions options;
    private String environment = "";
    private String data = "";
    private String load = "";
    private String sizes = "";
    private String summary = "";
    private String runs = "";
    private String floors = "";
    private String profile = "";
    private String loadedBy = "";

    Report(BenchmarkOptions options) {
        this.options = options;
    }

    String markdown() {
        return "# Risk scoring benchmark: %,d historical complaints in the link store\n\n".formatted(options.complaints())
                + summary + environment + data + loadedBy + load + sizes + runs + floors + profile + reproduce();
    }

    void environment(Environment env) {
        StringBuilder out = new StringBuilder("## Machine and code\n\n");
        out.append("- service code measured: %s\n".formatted(env.code()));
        out.append("- measured %s on `%s`: %d CPUs, %s memory; load average at start %s\n".formatted(env.when(),
                env.host(), env.cpus(), env.memory(), env.loadAverage()));
        out.append("- Java %s; the benchmark's JVM and PostgreSQL share the machine\n".formatted(env.java()));
        out.append("- %s\n".formatted(env.postgres()));
        out.append("- PostgreSQL settings (not changed by the benchmark): ");
        List<String> settings = new ArrayList<>();
        env.settings().forEach((name, value) -> settings.add("`" + name + "` " + value));
        out.append(String.join(", ", settings)).append("\n\n");
        environment = out.toString();
    }

    void data(SyntheticComplaints world, TextStatistics texts) {
        int active = 0;
        for (SyntheticComplaints.Agency agency : world.agencies()) {
            if (agency.activeAtEnd()) {
                active++;
            }
        }
        StringBuilder out = new StringBuilder("## The history\n\n");
        out.append("Synthetic, deterministic (seed %d), spread over the %d days before %s:\n\n".formatted(options.seed(),
                SyntheticComplaints.HISTORY_DAYS, SyntheticComplaints.HISTORY_END));
        out.append("- %,d complaints by %,d customers: 70%% of customers complain once, the others 2-5 times, weeks to "
                .formatted(world.complaints(), world.customers())
                + "months apart (%.1f%% of complaints are a customer's second or later)\n".formatted(
                        100 * world.share(Scenario.REPEAT)));
        out.append("- %,d families of 2-3 customers sharing an address (a third of members giving the family's phone)\n"
                .formatted(world.families()));
        out.append("- %,d company switchboards (landlines), each the phone of 5-30 employees\n".formatted(
                world.switchboards()));
        out.append("- %,d proxy agencies (%d still active when the history ends): %.2f%% of complaints, filed with the "
                .formatted(world.agencies().size(), active, 100 * (world.share(Scenario.RING_JOIN)
                        + world.share(Scenario.NEW_RING)))
                + "agency's phone, organization, often e-mail and power of attorney, sometimes its office address "
                + "or phone as the customer's, and the agency's template text\n");
        long[] lengths = texts.lengths();
        out.append("- texts from a phrase bank of 10 topics: length p50 %d, p90 %d, max %d characters; %.1f%% long "
                .formatted(Latencies.percentile(lengths, 50), Latencies.percentile(lengths, 90),
                        lengths[lengths.length - 1], 100.0 * texts.comparable() / texts.sampled())
                + "enough to be compared (get text bands); %.2f identifiers per complaint; %.1f%% with a representative "
                        .formatted(texts.identifiers(), 100.0 * texts.withAgent() / texts.sampled())
                + "(sample of %,d)\n".formatted(texts.sampled()));
        out.append("- rings as the service would have formed them: one per agency, one per switchboard with at "
                + "least 10 customers (cluster_member, cluster_edge)%s\n\n".formatted(options.historyAssessments()
                        ? "; an assessment row per complaint, from the service's scorers (ring context only)" : ""));
        data = out.toString();
    }

    void loadedBy(String code) {
        loadedBy = ("## Load\n\nThe history was loaded by an earlier run (service code: %s) and reset to its loaded "
                + "state: complaints scored since deleted, rings restored, re-assessed historical assessments marked "
                + "stale.\n\n").formatted(code);
    }

    void load(BulkLoader.Result result, int complaints) {
        StringBuilder out = new StringBuilder("## Load\n\n");
        out.append("COPY into tables without indexes, then indexes and constraints built from the migration's own "
                + "definitions, then VACUUM (ANALYZE) and CHECKPOINT.\n\n");
        out.append("| step | time |\n|---|---:|\n");
        out.append("| generate (identifiers, MinHash, JSON, assessments) and COPY | %s |\n".formatted(duration(result.copy())));
        out.append("| primary keys, indexes, foreign keys | %s |\n".formatted(duration(result.indexes())));
        out.append("| VACUUM (ANALYZE), CHECKPOINT | %s |\n".formatted(duration(result.vacuum())));
        out.append("| **total** | **%s** (%,.0f complaints/s) |\n\n".formatted(duration(result.total()),
                complaints / (result.total().toMillis() / 1000.0)));
        out.append("| table | rows loaded |\n|---|---:|\n");
        result.rows().forEach((table, rows) -> out.append("| %s | %,d |\n".formatted(table, rows)));
        out.append('\n');
        load = out.toString();
    }

    void sizes(Sizes sizes) {
        StringBuilder out = new StringBuilder("## Sizes\n\n");
        out.append("| table | rows | heap (incl. TOAST) | indexes | total |\n|---|---:|---:|---:|---:|\n");
        for (TableSize table : sizes.tables()) {
            out.append("| %s | %,d | %s | %s | %s |\n".formatted(table.name(), table.rows(), bytes(table.heap()),
                    bytes(table.indexes()), bytes(table.total())));
        }
        out.append("| **database** | | | | **%s** |\n\n".formatted(bytes(sizes.database())));
        out.append("Indexes: ");
        List<String> indexes = new ArrayList<>();
        sizes.indexes().forEach((name, size) -> {
            if (size > 1 << 20) {
                indexes.add("`%s` %s".formatted(name, bytes(size)));
            }
        });
        out.append(String.join(", ", indexes)).append(".\n\n");
        this.sizes = out.toString();
    }

    void runs(List<Run> measured, double targetMillis) {
        StringBuilder out = new StringBuilder("## Scoring\n\n");
        out.append(("Each new complaint goes through `AssessmentService.process` in its own transaction "
                + "(`TransactionTemplate` + `JdbcTransactionManager` on HikariCP, as `@Transactional` runs it in the "
                + "service), timed with `System.nanoTime()`; %,d complaints warmed up first, uncounted. A ring the "
                + "scoring grew is then expanded into its members, and each member re-assessed, each in its own "
                + "transaction, as the listener does right after the complaint: outside the latency, inside the "
                + "throughput (wall time), and counted in the re-assessments column (the expansion counts as one). "
                + "New complaints are mixed like the history and received after it, about one a minute (the history's "
                + "rate).\n\n")
                .formatted(options.warmup()));
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

        for (int threads : measured.stream().mapToInt(Run::threads).distinct().toArray()) {
            List<Run> mode = measured.stream().filter(run -> run.threads() == threads).toList();
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
        runs = out.toString();

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
        summary = head.toString();
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
        List<Long> values = new ArrayList<>();
        long re = 0;
        long all = 0;
        for (Run run : runs) {
            for (int i = 0; i < run.nanos().length; i++) {
                all++;
                if (reassessments.test(run.reassessments()[i])) {
                    values.add(run.nanos()[i]);
                    re += run.reassessments()[i];
                }
            }
        }
        row(out, label, values, all, re);
    }

    private static void scenario(StringBuilder out, List<Run> runs, Scenario scenario) {
        List<Long> values = new ArrayList<>();
        long re = 0;
        long all = 0;
        for (Run run : runs) {
            for (int i = 0; i < run.nanos().length; i++) {
                all++;
                if (run.scenarios()[i] == scenario) {
                    values.add(run.nanos()[i]);
                    re += run.reassessments()[i];
                }
            }
        }
        row(out, scenario.name() + " (" + scenario.description + ")", values, all, re);
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

    void floors(Floors measured) {
        floors = ("### What any transaction costs here\n\n- a round trip (`SELECT 1`, prepared): p50 %s ms, p99 %s ms\n"
                + "- a commit that writes WAL (`synchronous_commit` as configured): p50 %s ms, p99 %s ms, max %s ms\n\n")
                .formatted(Latencies.ms(measured.roundTrip().p50()), Latencies.ms(measured.roundTrip().p99()),
                        Latencies.ms(measured.commit().p50()), Latencies.ms(measured.commit().p99()),
                        Latencies.ms(measured.commit().max()));
    }

    void profile(List<StatementProfiler.Stats> stats, long[] totals, long[] ownTotals, long[][] sql,
            int[] reassessments, Map<String, long[]> grewRing, Map<String, List<String>> plans) {
        int n = totals.length;
        StringBuilder out = new StringBuilder("## Where the time goes\n\n");
        out.append(("A further %,d complaints, single-threaded, with every statement timed by a JDBC wrapper (so a "
                + "little slower than the measured runs). The time of a complaint splits into SQL for the complaint "
                + "itself (lock, store, context, link, its own assessment, commit), SQL for re-assessing ring members, "
                + "and the rest (Java: text analysis, MinHash, JSON, scoring; JDBC and Spring).\n\n").formatted(n));
        double total = Arrays.stream(totals).average().orElse(0);
        double own = Arrays.stream(sql).mapToLong(s -> s[0]).average().orElse(0);
        double re = Arrays.stream(sql).mapToLong(s -> s[1]).average().orElse(0);
        out.append("| per complaint (mean) | ms | share |\n|---|---:|---:|\n");
        out.append("| SQL, the complaint itself | %s | %.0f%% |\n".formatted(Latencies.ms(own), 100 * own / total));
        out.append("| SQL, re-assessments | %s | %.0f%% |\n".formatted(Latencies.ms(re), 100 * re / total));
        out.append("| the rest (Java) | %s | %.0f%% |\n".formatted(Latencies.ms(total - own - re),
                100 * (total - own - re) / total));
        out.append("| **total** | **%s** | |\n\n".formatted(Latencies.ms(total)));

        // the common path, and the complaints that grew a ring, apart: each one's own time (its re-assessments after)
        for (boolean grew : new boolean[] {false, true}) {
            List<Integer> kind = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((reassessments[i] > 0) == grew) {
                    kind.add(i);
                }
            }
            if (!kind.isEmpty()) {
                double kindOwn = kind.stream().mapToLong(i -> ownTotals[i]).average().orElse(0);
                double kindSql = kind.stream().mapToLong(i -> sql[i][0]).average().orElse(0);
                out.append("Complaints %s re-assessments (%,d): scoring mean %s ms, of which SQL %s ms.\n\n".formatted(
                        grew ? "with" : "without", kind.size(), Latencies.ms(kindOwn), Latencies.ms(kindSql)));
            }
        }
        long ringGrowers = Arrays.stream(reassessments).filter(r -> r > 0).count();
        if (ringGrowers > 0) {
            out.append("The scoring of the complaints that grew a ring, statement by statement (per such "
                    + "complaint):\n\n| statement | calls | mean ms |\n|---|---:|---:|\n");
            grewRing.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                    .forEach(e -> out.append("| `%s` | %.2f | %s |\n".formatted(shorten(e.getKey(), 110),
                            (double) e.getValue()[0] / ringGrowers,
                            Latencies.ms((double) e.getValue()[1] / ringGrowers))));
            out.append('\n');
        }

        long sqlTotal = stats.stream().mapToLong(s -> s.totalNanos).sum();
        out.append("| statement | calls per complaint | of which in re-assessments | mean µs | p99 µs | max ms | "
                + "share of SQL time |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (StatementProfiler.Stats s : stats.subList(0, Math.min(20, stats.size()))) {
            out.append("| `%s` | %.2f | %.2f | %.0f | %.0f | %s | %.1f%% |\n".formatted(shorten(s.sql, 110),
                    (double) s.calls / n, (double) (s.calls - s.ownCalls) / n, s.totalNanos / 1e3 / s.calls,
                    s.percentile(99) / 1e3, Latencies.ms(s.maxNanos), 100.0 * s.totalNanos / sqlTotal));
        }
        long calls = stats.stream().mapToLong(s -> s.calls).sum();
        long ownCalls = stats.stream().mapToLong(s -> s.ownCalls).sum();
        out.append("\nIn all, %.1f statements per complaint (%.1f for the complaint itself, %.1f in re-assessments).\n\n"
                .formatted((double) calls / n, (double) ownCalls / n, (double) (calls - ownCalls) / n));

        if (!plans.isEmpty()) {
            out.append("### EXPLAIN (ANALYZE, BUFFERS) of the statements taking most time\n\n");
            out.append("With the parameters of each one's slowest call in the profiling pass, run again afterwards "
                    + "(so with warm caches) in a transaction rolled back.\n\n");
            plans.forEach((statement, plan) -> {
                out.append("```sql\n").append(statement).append("\n```\n\n```\n");
                plan.forEach(line -> out.append(line).append('\n'));
                out.append("```\n\n");
            });
        }
        profile = out.toString();
    }

    private String reproduce() {
        return ("## Reproduce\n\n```\nscripts/benchmark-risk.sh --complaints=%d --samples=%d\n```\n\n"
                + "(`--skip-load` reuses the loaded database; drop it afterwards with "
                + "`psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE %s WITH (FORCE)'`.)\n")
                .formatted(options.complaints(), options.samples(), options.database());
    }

    private static String shorten(String sql, int max) {
        String flat = sql.replace("|", "\\|");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 ? "%d min %02d s".formatted(seconds / 60, seconds % 60)
                : "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    static String bytes(long bytes) {
        if (bytes >= 1L << 30) {
            return "%.2f GB".formatted(bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return "%.0f MB".formatted(bytes / (double) (1L << 20));
        }
        return "%.0f kB".formatted(bytes / 1024.0);
    }
}
