package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The report's profiling section: where a complaint's time goes (its own SQL, re-assessments, Java), the statements
 * by time taken, and the plans of the slowest.
 */
final class ProfileSection {

    private ProfileSection() {
    }

    static String profile(List<StatementStats> stats, long[] totals, long[] ownTotals, long[][] sql,
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

        byKind(out, ownTotals, sql, reassessments);
        ringGrowers(out, reassessments, grewRing);
        statements(out, stats, n);
        plans(out, plans);
        return out.toString();
    }

    /** The common path, and the complaints that grew a ring, apart: each one's own time (its re-assessments after). */
    private static void byKind(StringBuilder out, long[] ownTotals, long[][] sql, int[] reassessments) {
        int n = reassessments.length;
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
    }

    private static void ringGrowers(StringBuilder out, int[] reassessments, Map<String, long[]> grewRing) {
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
    }

    private static void statements(StringBuilder out, List<StatementStats> stats, int n) {
        long sqlTotal = stats.stream().mapToLong(s -> s.totalNanos).sum();
        out.append("| statement | calls per complaint | of which in re-assessments | mean µs | p99 µs | max ms | "
                + "share of SQL time |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (StatementStats s : stats.subList(0, Math.min(20, stats.size()))) {
            out.append("| `%s` | %.2f | %.2f | %.0f | %.0f | %s | %.1f%% |\n".formatted(shorten(s.sql, 110),
                    (double) s.calls / n, (double) (s.calls - s.ownCalls) / n, s.totalNanos / 1e3 / s.calls,
                    s.percentile(99) / 1e3, Latencies.ms(s.maxNanos), 100.0 * s.totalNanos / sqlTotal));
        }
        long calls = stats.stream().mapToLong(s -> s.calls).sum();
        long ownCalls = stats.stream().mapToLong(s -> s.ownCalls).sum();
        out.append("\nIn all, %.1f statements per complaint (%.1f for the complaint itself, %.1f in re-assessments).\n\n"
                .formatted((double) calls / n, (double) ownCalls / n, (double) (calls - ownCalls) / n));
    }

    private static void plans(StringBuilder out, Map<String, List<String>> plans) {
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
    }

    static String shorten(String sql, int max) {
        String flat = sql.replace("|", "\\|");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
