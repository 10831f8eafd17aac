package org.complaintsuite.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        runs = RunsSection.runs(measured, options.warmup());
        summary = RunsSection.summary(measured, targetMillis);
    }

    void floors(Floors measured) {
        floors = ("### What any transaction costs here\n\n- a round trip (`SELECT 1`, prepared): p50 %s ms, p99 %s ms\n"
                + "- a commit that writes WAL (`synchronous_commit` as configured): p50 %s ms, p99 %s ms, max %s ms\n\n")
                .formatted(Latencies.ms(measured.roundTrip().p50()), Latencies.ms(measured.roundTrip().p99()),
                        Latencies.ms(measured.commit().p50()), Latencies.ms(measured.commit().p99()),
                        Latencies.ms(measured.commit().max()));
    }

    void profile(List<StatementStats> stats, long[] totals, long[] ownTotals, long[][] sql,
            int[] reassessments, Map<String, long[]> grewRing, Map<String, List<String>> plans) {
        profile = ProfileSection.profile(stats, totals, ownTotals, sql, reassessments, grewRing, plans);
    }

    private String reproduce() {
        return ("## Reproduce\n\n```\nscripts/benchmark-risk.sh --complaints=%d --samples=%d\n```\n\n"
                + "(`--skip-load` reuses the loaded database; drop it afterwards with "
                + "`psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE %s WITH (FORCE)'`.)\n")
                .formatted(options.complaints(), options.samples(), options.database());
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
