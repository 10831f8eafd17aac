package org.complaintsuite.benchmark.workflow;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The benchmark's report in Markdown: machine, data, its SLA figures, load, trigger cost and latency. */
final class BenchmarkReport {

    private final BenchmarkOptions options;
    private final StringBuilder out = new StringBuilder();

    BenchmarkReport(BenchmarkOptions options) {
        this.options = options;
    }

    String write(Instant started, List<String> loadAverages, LoadedData data, CaseLoader.@Nullable Times load,
            TriggerCost.@Nullable Measured triggers, LatencyMeasurement.Measured measured) throws SQLException {
        double target = Double.parseDouble(options.get("target-p99-ms"));
        Latencies overall = Latencies.of(measured.all());
        out.append("# SLA metrics benchmark: GET /api/v1/metrics/sla\n\n");
        out.append("**Target p99 < %s ms: %s** (all %,d requests: p50 %s ms, p99 %s ms, max %s ms).\n\n".formatted(
                trim(target), overall.p99() / 1e6 < target ? "met" : "missed", overall.count(), ms(overall.p50()),
                ms(overall.p99()), ms(overall.max())));
        machine(started, loadAverages);
        data(data);
        figures(data);
        if (load != null) {
            load(load);
        }
        if (triggers != null) {
            triggers(triggers);
        }
        latency(measured, overall);
        out.append("## Reproduce\n\n```\nscripts/benchmark-workflow.sh --cases=%s --samples=%s --end=%s%s\n```\n\n"
                .formatted(data.facts().get("cases"), options.get("samples"), data.facts().get("history end"),
                        options.database().equals("workflow_benchmark") ? "" : " --database=" + options.database()));
        out.append("(`--skip-load` reuses the loaded database; drop it afterwards with "
                + "`psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE %s WITH (FORCE)'`.)\n".formatted(
                        options.database()));
        return out.toString();
    }

    private void machine(Instant started, List<String> loadAverages) throws SQLException {
        out.append("## Machine and code\n\n");
        out.append("- code measured: %s\n".formatted(System.getProperty("benchmark.code",
                "unknown (not run by scripts/benchmark-workflow.sh)")));
        out.append("- run started %s on `%s`: %d CPUs, %s memory\n".formatted(started, host(),
                Runtime.getRuntime().availableProcessors(), memory()));
        out.append("- load average (1, 5, 15 min): %s at the start, %s before measuring, %s after; the machine is "
                .formatted(loadAverages.get(0), loadAverages.get(1), loadAverages.get(2))
                + "shared with other builds, so the figures are noisy\n");
        out.append("- Java %s; the benchmark's client, the service (same JVM, its own HTTP server) and PostgreSQL "
                .formatted(Runtime.version()) + "share the machine\n");
        try (Connection con = options.connect(); Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT version(), current_setting('shared_buffers'), "
                        + "current_setting('work_mem'), current_setting('jit')")) {
            rs.next();
            out.append("- %s; shared_buffers %s, work_mem %s, jit %s (server settings as found)\n\n".formatted(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
    }

    private void data(LoadedData data) {
        Map<String, String> facts = data.facts();
        out.append("## Data\n\n");
        out.append(("%s synthetic cases received on the Beijing days %s to %s (seed %s, history ending %s), of "
                + "which open when loaded %s (%s forgotten: never resolved, long overdue), withdrawn %s, reopened "
                + "%s, with a pause %s. Due times by the service's own rules: %s.\n\n").formatted(facts.get("cases"),
                facts.get("first day"), facts.get("last day"), facts.get("seed"), facts.get("history end"),
                facts.get("open at load"), facts.get("forgotten"), facts.get("withdrawn"), facts.get("reopened"),
                facts.get("paused"), Objects.requireNonNullElse(facts.get("rules"), "not recorded")));
        out.append("| | |\n|---|---:|\n");
        for (String key : List.of("cases in complaint_case", "open cases now", "rollup rows",
                "duration histograms", "complaint_case size (with indexes)", "sla_daily_rollup size",
                "sla_duration_histogram size", "complaint_case_open_idx size")) {
            out.append("| %s | %s |\n".formatted(key, facts.get(key)));
        }
        out.append('\n');
    }

    /** The rollup's figures over the whole history, each clock's beside what the clock rule said when generating. */
    private void figures(LoadedData data) {
        out.append("## SLA figures of the data\n\n");
        out.append("Sums of `sla_daily_rollup` over the whole history (the SQL the endpoint reads). For the clocks, "
                + "the same figure as the service's clock rule (`PausableClock.state`) gave it while the cases were "
                + "generated: they must agree.\n\n");
        out.append("| figure | rollup (SQL) | clock rule (Java) | |\n|---|---:|---:|---|\n");
        for (String column : LoadedData.ROLLUP_COLUMNS) {
            long counted = data.rollup().get(column);
            String byRule = data.byRule(column);
            String verdict = byRule == null ? "" : byRule.equals(Long.toString(counted)) ? "agree" : "**DIFFER**";
            out.append("| %s | %,d | %s | %s |\n".formatted(column, counted,
                    byRule == null ? "" : "%,d".formatted(Long.parseLong(byRule)), verdict));
        }
        out.append('\n');
    }

    private void load(CaseLoader.Times times) {
        out.append("""
                ## How the data was loaded

                | step | time |
                |---|---:|
                | COPY of %,d cases (rollup triggers disabled, secondary indexes dropped) | %s |
                | the %d secondary indexes built again from their definitions | %s |
                | rollup filled by `SELECT sla_rollup_rebuild()`, the function migration V5 fills it with | %s |
                | `VACUUM (ANALYZE)`, `CHECKPOINT` | %s |

                The rollup was **not** filled by the triggers row by row: the cases went in with COPY while the two
                rollup triggers were disabled, then `sla_rollup_rebuild()` computed the rollup from the table (the
                same per-case definition, `sla_figures_of`, the triggers use), and the triggers were enabled again.
                What the triggers cost per case is measured below.

                """.formatted(times.cases(), seconds(times.copy()), times.indexes(), seconds(times.indexing()),
                seconds(times.rollup()), seconds(times.vacuum())));
    }

    private void triggers(TriggerCost.Measured measured) {
        Latencies without = measured.without();
        Latencies with = measured.with();
        out.append("""
                ## What the rollup triggers cost a case

                %,d single-row inserts into complaint_case, each its own transaction (as the service writes a case),
                into the loaded table, first with the rollup triggers disabled, then enabled:

                | | mean ms | p50 ms | p99 ms |
                |---|---:|---:|---:|
                | without the triggers | %s | %s | %s |
                | with the triggers | %s | %s | %s |

                """.formatted(measured.samples(), ms(without.mean()), ms(without.p50()), ms(without.p99()),
                ms(with.mean()), ms(with.p50()), ms(with.p99())));
    }

    private void latency(LatencyMeasurement.Measured measured, Latencies overall) {
        out.append("## Latency of GET /api/v1/metrics/sla\n\n");
        out.append(("Over HTTP on 127.0.0.1, one request at a time, after %d warm-up requests per kind; %d samples per "
                + "kind, all kinds shuffled together. Half of each kind's periods end on the history's last day, "
                + "half fall anywhere in the history. Times in ms.\n\n").formatted(options.intValue("warmup"),
                options.intValue("samples")));
        out.append("| request | n | p50 | p90 | p99 | max | response |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (LatencyMeasurement.Kind kind : measured.kinds()) {
            Latencies l = Latencies.of(measured.nanos().get(kind));
            out.append("| %s | %d | %s | %s | %s | %s | %s |\n".formatted(kind.name(), l.count(), ms(l.p50()),
                    ms(l.p90()), ms(l.p99()), ms(l.max()), kb(measured.bytes().get(kind))));
        }
        out.append("| **all** | %d | **%s** | **%s** | **%s** | **%s** | |\n\n".formatted(overall.count(),
                ms(overall.p50()), ms(overall.p90()), ms(overall.p99()), ms(overall.max())));
    }

    static String seconds(Duration duration) {
        long s = duration.toSeconds();
        return s >= 60 ? "%d min %02d s".formatted(s / 60, s % 60) : "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    private static String ms(double nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }

    private static String kb(long bytes) {
        return bytes >= 1024 ? "%.0f kB".formatted(bytes / 1024.0) : bytes + " B";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (IOException ex) {
            return "?";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return "%.0f GiB".formatted(kb / 1024.0 / 1024.0);
                }
            }
        }
        catch (IOException ex) {
            // fall through
        }
        return "unknown";
    }
}
