package org.complaintsuite.benchmark.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's options ({@code --name=value}), their defaults, and the connections they describe. */
final class BenchmarkOptions {

    static final String USAGE = """
            SlaMetricsBenchmark: loads synthetic cases into a fresh PostgreSQL database with the workflow-service
            schema, starts the service on it and times GET /api/v1/metrics/sla over HTTP.

            Options (--name=value):
              --url=jdbc:postgresql://127.0.0.1:5432/   server (the database name is appended)
              --user=postgres --password=                credentials
              --database=workflow_benchmark              dropped and created again unless --skip-load
              --cases=5000000                            cases to load
              --days=730                                 Beijing days they were received on, up to the history's end
              --end=now                                  the history's end (an instant, e.g. 2026-12-06T04:00:00Z)
              --samples=40                               timed requests per kind (20 kinds)
              --warmup=5                                 untimed requests per kind first
              --trigger-samples=1000                     single-row inserts timed with and without the triggers
              --seed=20251001                            the synthetic data's seed
              --skip-load=false                          reuse the database a previous run loaded
              --target-p99-ms=200                        the target the report checks
              --report=workflow-benchmark/target/benchmark-report.md   (target/benchmark-report.md elsewhere)
            """;

    private static final Pattern OPTION = Pattern.compile("--([a-z0-9-]+)=(\\S*)");

    private final Map<String, String> values;

    private BenchmarkOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * The options given over the defaults.
     *
     * @throws IllegalArgumentException naming an unknown option
     */
    static BenchmarkOptions parse(String... args) {
        Map<String, String> values = defaults();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = arg.startsWith("--") ? (eq < 0 ? arg.substring(2) : arg.substring(2, eq)) : "";
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            values.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return new BenchmarkOptions(values);
    }

    static boolean asksForHelp(String... args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** The defaults as the usage states them, so that they are written in one place. */
    private static Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(USAGE.substring(USAGE.indexOf("--url=")));
        while (option.find()) {
            values.put(option.group(1), option.group(2));
        }
        if (!Files.isDirectory(Path.of("workflow-benchmark"))) {
            values.put("report", "target/benchmark-report.md");
        }
        return values;
    }

    String get(String name) {
        return values.get(name);
    }

    int intValue(String name) {
        return Integer.parseInt(get(name).replace("_", ""));
    }

    long cases() {
        return Long.parseLong(get("cases").replace("_", ""));
    }

    long seed() {
        return Long.parseLong(get("seed"));
    }

    boolean skipLoad() {
        return Boolean.parseBoolean(get("skip-load"));
    }

    /** Where the synthetic history ends: the option, or now (to the second). */
    Instant end() {
        return get("end").equals("now") ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : Instant.parse(get("end"));
    }

    String database() {
        return get("database");
    }

    String url() {
        return server() + database();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), get("user"), get("password"));
    }

    /** A connection to the server's {@code postgres} database, to drop and create the benchmark's. */
    Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(server() + "postgres", get("user"), get("password"));
    }

    private String server() {
        String url = get("url");
        return url.endsWith("/") ? url : url + "/";
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
