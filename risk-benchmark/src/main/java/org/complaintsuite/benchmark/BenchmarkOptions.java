package org.complaintsuite.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's options: {@code --name=value} arguments, or {@code -Dbenchmark.name=value} system properties
 * (arguments win).
 */
record BenchmarkOptions(String url, String user, String password, String database, int complaints, int samples,
        int warmup, int threads, int rounds, int profileSamples, long seed, boolean skipLoad, boolean historyAssessments,
        int agencies, int switchboards, int poolSize, double targetP99Millis, String explain, Path report) {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("url", "jdbc:postgresql://127.0.0.1:5432/");
        DEFAULTS.put("user", "postgres");
        DEFAULTS.put("password", "");
        DEFAULTS.put("database", "risk_benchmark");
        DEFAULTS.put("complaints", "1000000");
        DEFAULTS.put("samples", "5000");
        DEFAULTS.put("warmup", "500");
        DEFAULTS.put("threads", "2");
        DEFAULTS.put("rounds", "2");
        DEFAULTS.put("profile-samples", "1000");
        DEFAULTS.put("seed", "20251001");
        DEFAULTS.put("skip-load", "false");
        DEFAULTS.put("history-assessments", "true");
        DEFAULTS.put("agencies", "");
        DEFAULTS.put("switchboards", "");
        DEFAULTS.put("pool-size", "10");
        DEFAULTS.put("target-p99-ms", "10");
        DEFAULTS.put("explain", "auto");
        DEFAULTS.put("report", "");
    }

    static final String USAGE = """
            LinkStoreBenchmark: loads synthetic historical complaints into a fresh PostgreSQL database with the
            risk-scoring-service schema and measures AssessmentService.process per new complaint.

            Options (--name=value, or -Dbenchmark.name=value):
              --url=jdbc:postgresql://127.0.0.1:5432/   server (the database name is appended)
              --user=postgres --password=                credentials
              --database=risk_benchmark                  dropped and created again unless --skip-load
              --complaints=1000000                       historical complaints to load
              --samples=5000                             new complaints measured per round and mode
              --warmup=500                               new complaints scored first, not counted
              --threads=2                                threads of the concurrent mode (1 = single mode only)
              --rounds=2                                 measurement rounds (each: single-threaded, then concurrent)
              --profile-samples=1000                     complaints of the per-statement profiling pass (0 = none)
              --seed=20251001                            the synthetic data's seed
              --skip-load=false                          reuse a database loaded before with the same
                                                         --complaints and --seed (complaints scored since are removed)
              --history-assessments=true                 load an assessment row for every historical complaint
              --agencies=                                proxy agencies (default 300 per million complaints)
              --switchboards=                            company switchboards (default 50 per million)
              --pool-size=10                             Hikari pool size (Spring Boot's default)
              --target-p99-ms=10                         the target the report checks
              --explain=auto                             EXPLAIN (ANALYZE, BUFFERS) the slowest statements:
                                                         auto (when p99 misses the target), always, never
              --report=risk-benchmark/target/benchmark-report.md
            """;

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        DEFAULTS.keySet().forEach(key -> {
            String property = System.getProperty("benchmark." + key);
            if (property != null) {
                values.put(key, property);
            }
        });
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + "\n" + USAGE);
            }
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "\n" + USAGE);
            }
            values.put(key, value);
        }
        int complaints = Integer.parseInt(values.get("complaints").replace("_", ""));
        int agencies = Math.max(3, (int) Math.round(300.0 * complaints / 1_000_000));
        int switchboards = Math.max(1, (int) Math.round(50.0 * complaints / 1_000_000));
        String explain = values.get("explain");
        if (!Set.of("auto", "always", "never").contains(explain)) {
            throw new IllegalArgumentException("--explain must be auto, always or never");
        }
        String url = values.get("url");
        return new BenchmarkOptions(url.endsWith("/") ? url : url + "/", values.get("user"), values.get("password"),
                values.get("database"), complaints, Integer.parseInt(values.get("samples")),
                Integer.parseInt(values.get("warmup")), Integer.parseInt(values.get("threads")),
                Integer.parseInt(values.get("rounds")), Integer.parseInt(values.get("profile-samples")),
                Long.parseLong(values.get("seed")), Boolean.parseBoolean(values.get("skip-load")),
                Boolean.parseBoolean(values.get("history-assessments")),
                values.get("agencies").isEmpty() ? agencies : Integer.parseInt(values.get("agencies")),
                values.get("switchboards").isEmpty() ? switchboards : Integer.parseInt(values.get("switchboards")),
                Integer.parseInt(values.get("pool-size")), Double.parseDouble(values.get("target-p99-ms")), explain,
                values.get("report").isEmpty() ? defaultReport() : Path.of(values.get("report")));
    }

    /** risk-benchmark/target/ from the repository root, target/ from the module. */
    private static Path defaultReport() {
        Path module = Path.of("risk-benchmark");
        Path base = Files.isDirectory(module) ? module.resolve("target") : Path.of("target");
        return base.resolve("benchmark-report.md");
    }
}
