package org.complaintsuite.benchmark.workflow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import org.complaintsuite.workflow.WorkflowApplication;

/**
 * Latency of {@code GET /api/v1/metrics/sla} against millions of cases.
 * <p>
 * Creates the database, runs the workflow service's own Flyway migrations, loads synthetic cases
 * ({@link SyntheticCases}) with COPY while the rollup triggers are disabled, then fills the rollup with
 * {@code sla_rollup_rebuild()}, the function migration V5 fills it with, and enables the triggers again. It then
 * starts the workflow application itself on that database (its HTTP server on a free port, Kafka listeners not
 * started) and times requests over HTTP: a day, a week, a month, a quarter and a year, each in total and by channel,
 * group and day, half of them ending today (where the open cases are) and half anywhere in the history. Warm-up
 * requests first, then the samples of all kinds shuffled together, one at a time.
 * <p>
 * Run it with scripts/benchmark-workflow.sh; {@code --help} lists the options.
 */
public final class SlaMetricsBenchmark {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    static final String USAGE = """
            SlaMetricsBenchmark: loads synthetic cases into a fresh PostgreSQL database with the workflow-service
            schema, starts the service on it and times GET /api/v1/metrics/sla over HTTP.

            Options (--name=value):
              --url=jdbc:postgresql://127.0.0.1:5432/   server (the database name is appended)
              --user=postgres --password=                credentials
              --database=workflow_benchmark              dropped and created again unless --skip-load
              --cases=5000000                            cases to load
              --days=730                                 Beijing days they were received on, up to today
              --samples=40                               timed requests per kind (20 kinds)
              --warmup=5                                 untimed requests per kind first
              --trigger-samples=1000                     single-row inserts timed with and without the triggers
              --seed=20251001                            the synthetic data's seed
              --skip-load=false                          reuse the database a previous run loaded
              --target-p99-ms=200                        the target the report checks
              --report=workflow-benchmark/target/benchmark-report.md
            """;

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private SlaMetricsBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("url", "jdbc:postgresql://127.0.0.1:5432/");
        options.put("user", "postgres");
        options.put("password", "");
        options.put("database", "workflow_benchmark");
        options.put("cases", "5000000");
        options.put("days", "730");
        options.put("samples", "40");
        options.put("warmup", "5");
        options.put("trigger-samples", "1000");
        options.put("seed", "20251001");
        options.put("skip-load", "false");
        options.put("target-p99-ms", "200");
        options.put("report", Files.isDirectory(Path.of("workflow-benchmark"))
                ? "workflow-benchmark/target/benchmark-report.md" : "target/benchmark-report.md");
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            int eq = arg.indexOf('=');
            String key = arg.startsWith("--") ? (eq < 0 ? arg.substring(2) : arg.substring(2, eq)) : "";
            if (!options.containsKey(key)) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            options.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        new SlaMetricsBenchmark(options).run();
    }

    static void log(String message) {
        System.err.println("[benchmark " + TIME.format(Instant.now()) + "] " + message);
    }

    private String option(String name) {
        return options.get(name);
    }

    private int intOption(String name) {
        return Integer.parseInt(option(name).replace("_", ""));
    }

    private String url() {
        String url = option("url");
        return (url.endsWith("/") ? url : url + "/") + option("database");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), option("user"), option("password"));
    }

    private void run() throws Exception {
        String loadAtStart = loadAverage();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        log("options: " + options);
        String load = "";
        if (!Boolean.parseBoolean(option("skip-load"))) {
            load = load();
        }
        else {
            log("reusing database " + option("database"));
        }
        Map<String, String> data = dataFacts();
        String triggers = intOption("trigger-samples") > 0 ? triggerCost(intOption("trigger-samples")) : "";

        String loadBeforeMeasuring = loadAverage();
        Measured measured;
        try (ConfigurableApplicationContext app = startService()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8083"));
            log("workflow-service listening on port " + port);
            measured = measure(port, LocalDate.parse(data.get("first day")), LocalDate.parse(data.get("last day")));
        }
        String loadAfter = loadAverage();

        String markdown = markdown(started, loadAtStart, loadBeforeMeasuring, loadAfter, data, load, triggers,
                measured);
        System.out.println(markdown);
        Path path = Path.of(option("report"));
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, markdown);
        log("report written to " + path.toAbsolutePath());
    }

    // ------------------------------------------------------------------------------------------------ load

    private String load() throws Exception {
        String admin = option("url").endsWith("/") ? option("url") + "postgres" : option("url") + "/postgres";
        try (Connection con = DriverManager.getConnection(admin, option("user"), option("password"));
                Statement st = con.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + option("database") + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + option("database"));
        }
        log("database " + option("database") + " created");
        Flyway.configure().dataSource(url(), option("user"), option("password")).locations("classpath:db/migration")
                .load().migrate();
        log("migrated with the workflow service's migrations");

        long cases = Long.parseLong(option("cases").replace("_", ""));
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SyntheticCases world = new SyntheticCases(cases, end, intOption("days"), Long.parseLong(option("seed")));
        List<String> indexes = new ArrayList<>();
        Duration copy;
        Duration indexing;
        Duration rollup;
        Duration vacuum;
        try (Connection con = connect(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT indexname, indexdef FROM pg_indexes
                    WHERE tablename = 'complaint_case' AND indexname <> 'complaint_case_pkey'""")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                }
            }
            for (String definition : indexes) {
                st.execute("DROP INDEX " + definition.split(" ")[2]);
            }
            // the rollup is filled afterwards by the migration's own rebuild; 5 million row triggers are not
            st.execute("ALTER TABLE complaint_case DISABLE TRIGGER sla_rollup_case_inserted");
            st.execute("ALTER TABLE complaint_case DISABLE TRIGGER sla_rollup_case_updated");

            long t = System.nanoTime();
            CopyIn in = con.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY complaint_case (" + SyntheticCases.COLUMNS + ") FROM STDIN");
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (long i = 0; i < cases; i++) {
                world.append(i, chunk);
                if (chunk.length() > (1 << 20) - 2048) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
                if (i > 0 && i % 500_000 == 0) {
                    log("%,d cases copied".formatted(i));
                }
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
            copy = Duration.ofNanos(System.nanoTime() - t);
            log("%,d cases copied in %s".formatted(cases, seconds(copy)));

            t = System.nanoTime();
            st.execute("SET maintenance_work_mem = '1GB'");
            for (String definition : indexes) {
                long i = System.nanoTime();
                st.execute(definition);
                log("%6.1f s  %s".formatted((System.nanoTime() - i) / 1e9, definition));
            }
            indexing = Duration.ofNanos(System.nanoTime() - t);

            t = System.nanoTime();
            st.execute("SET work_mem = '256MB'");
            st.execute("SELECT sla_rollup_rebuild()");
            rollup = Duration.ofNanos(System.nanoTime() - t);
            log("rollup rebuilt in " + seconds(rollup));
            st.execute("ALTER TABLE complaint_case ENABLE TRIGGER sla_rollup_case_inserted");
            st.execute("ALTER TABLE complaint_case ENABLE TRIGGER sla_rollup_case_updated");

            t = System.nanoTime();
            st.execute("VACUUM (ANALYZE) complaint_case");
            st.execute("VACUUM (ANALYZE) sla_daily_rollup");
            st.execute("VACUUM (ANALYZE) sla_duration_histogram");
            st.execute("CHECKPOINT");
            vacuum = Duration.ofNanos(System.nanoTime() - t);

            st.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO bench_meta VALUES (?, ?)")) {
                for (String[] kv : new String[][] {{"cases", Long.toString(cases)}, {"seed", option("seed")},
                        {"history end", end.toString()}, {"first day", world.firstDay().toString()},
                        {"open at load", Long.toString(world.open)}, {"forgotten", Long.toString(world.forgotten)},
                        {"withdrawn", Long.toString(world.withdrawn)}, {"reopened", Long.toString(world.reopened)},
                        {"paused", Long.toString(world.paused)}}) {
                    ps.setString(1, kv[0]);
                    ps.setString(2, kv[1]);
                    ps.executeUpdate();
                }
            }
        }
        return """
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

                """.formatted(cases, seconds(copy), indexes.size(), seconds(indexing), seconds(rollup),
                seconds(vacuum));
    }

    private Map<String, String> dataFacts() throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        try (Connection con = connect(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT key, value FROM bench_meta")) {
                while (rs.next()) {
                    facts.put(rs.getString(1), rs.getString(2));
                }
            }
            facts.put("last day", LocalDate.parse(facts.get("first day"))
                    .plusDays(intOption("days") - 1).toString());
            String[][] queries = {
                    {"cases in complaint_case", "SELECT count(*) FROM complaint_case"},
                    {"open cases now", "SELECT count(*) FROM complaint_case WHERE resolved_at IS NULL AND withdrawn_at IS NULL"},
                    {"rollup rows", "SELECT count(*) FROM sla_daily_rollup"},
                    {"cases counted in the rollup", "SELECT sum(received) FROM sla_daily_rollup"},
                    {"complaint_case size (with indexes)", "SELECT pg_size_pretty(pg_total_relation_size('complaint_case'))"},
                    {"sla_daily_rollup size", "SELECT pg_size_pretty(pg_total_relation_size('sla_daily_rollup'))"},
                    {"duration histograms", "SELECT count(*) FROM sla_duration_histogram"},
                    {"sla_duration_histogram size", "SELECT pg_size_pretty(pg_total_relation_size('sla_duration_histogram'))"},
                    {"complaint_case_open_idx size", "SELECT pg_size_pretty(pg_relation_size('complaint_case_open_idx'))"}};
            for (String[] query : queries) {
                try (ResultSet rs = st.executeQuery(query[1])) {
                    rs.next();
                    facts.put(query[0], rs.getString(1));
                }
            }
        }
        if (!facts.get("cases in complaint_case").equals(facts.get("cases counted in the rollup"))) {
            throw new IllegalStateException("the rollup counts " + facts.get("cases counted in the rollup")
                    + " cases, the table holds " + facts.get("cases in complaint_case"));
        }
        log("data: " + facts);
        return facts;
    }

    /**
     * Single-row inserts, one transaction each as the service makes them, with the rollup triggers disabled and then
     * enabled; the rows go again afterwards (the second batch through the delete trigger, leaving the rollup exact).
     */
    private String triggerCost(int samples) throws SQLException {
        String insert = "INSERT INTO complaint_case (complaint_id, channel, source, external_reference, customer_key, "
                + "received_at, first_contact_due_at, status, assigned_group, routing_reason, created_at, updated_at, "
                + "version, resolution_started_at, resolution_base_due_at, resolution_due_at) VALUES (?, 'PHONE', "
                + "'PHONE', 'r', 'k', now(), now() + interval '48 hours', 'RECEIVED', 'GENERAL', 'benchmark', now(), "
                + "now(), 0, now(), now() + interval '7 days', now() + interval '7 days')";
        long[][] nanos = new long[2][samples];
        try (Connection con = connect(); Statement st = con.createStatement();
                PreparedStatement ps = con.prepareStatement(insert)) {
            con.setAutoCommit(true);
            for (int pass = 0; pass < 2; pass++) {
                String mode = pass == 0 ? "DISABLE" : "ENABLE";
                st.execute("ALTER TABLE complaint_case " + mode + " TRIGGER sla_rollup_case_inserted");
                for (int i = 0; i < samples; i++) {
                    ps.setString(1, "trigger-cost-" + pass + "-" + i);
                    long t = System.nanoTime();
                    ps.executeUpdate();
                    nanos[pass][i] = System.nanoTime() - t;
                }
                st.execute("DELETE FROM complaint_case WHERE complaint_id LIKE 'trigger-cost-" + pass + "-%'");
            }
            st.execute("ALTER TABLE complaint_case ENABLE TRIGGER sla_rollup_case_inserted");
        }
        Latencies without = Latencies.of(nanos[0]);
        Latencies with = Latencies.of(nanos[1]);
        return """
                ## What the rollup triggers cost a case

                %,d single-row inserts into complaint_case, each its own transaction (as the service writes a case),
                into the loaded table, first with the rollup triggers disabled, then enabled:

                | | mean ms | p50 ms | p99 ms |
                |---|---:|---:|---:|
                | without the triggers | %s | %s | %s |
                | with the triggers | %s | %s | %s |

                """.formatted(samples, ms(without.mean()), ms(without.p50()), ms(without.p99()), ms(with.mean()),
                ms(with.p50()), ms(with.p99()));
    }

    // ------------------------------------------------------------------------------------------------ measure

    private ConfigurableApplicationContext startService() {
        log("starting workflow-service on " + url());
        // as command-line arguments, which take precedence over the service's application.yml
        return new SpringApplicationBuilder(WorkflowApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + option("user"),
                "--spring.datasource.password=" + option("password"),
                // no broker: the metrics do not need one, and nothing is consumed or published while measuring
                "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false",
                "--spring.main.banner-mode=off",
                // the service checks bearer tokens: this run's own secret, and a token signed with it
                "--suite.security.jwt-secret=" + JWT_SECRET);
    }

    /** A secret for this run only, which the service started here checks tokens with. */
    private static final String JWT_SECRET = "benchmark-" + UUID.randomUUID() + "-" + UUID.randomUUID();

    /** An operations user's token, as the firm's identity provider would issue it (the metrics need OPERATIONS). */
    private static String operationsToken() {
        SecretKey key = new SecretKeySpec(JWT_SECRET.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
        var encoder = new NimbusJwtEncoder(
                new ImmutableSecret<>(key));
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().subject("benchmark")
                .claim("preferred_username", "benchmark").claim("roles", List.of("OPERATIONS")).issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(12))).build();
        return encoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(
                        MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static final String AUTHORIZATION = "Bearer " + operationsToken();

    record Kind(String period, int days, String groupBy) {

        String name() {
            return period + (groupBy.isEmpty() ? "" : " by " + groupBy);
        }
    }

    record Measured(List<Kind> kinds, Map<Kind, long[]> nanos, Map<Kind, Long> bytes, long[] all) {
    }

    private Measured measure(int port, LocalDate firstDay, LocalDate lastDay) throws Exception {
        List<Kind> kinds = new ArrayList<>();
        String[][] periods = {{"a day", "1"}, {"a week", "7"}, {"a month", "30"}, {"a quarter", "91"},
                {"a year", "365"}};
        for (String[] period : periods) {
            for (String groupBy : new String[] {"", "channel", "group", "day"}) {
                kinds.add(new Kind(period[0], Integer.parseInt(period[1]), groupBy));
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(Long.parseLong(option("seed")));
        int warmup = intOption("warmup");
        int samples = intOption("samples");
        log("warm-up: %d requests of each of %d kinds".formatted(warmup, kinds.size()));
        for (Kind kind : kinds) {
            for (int i = 0; i < warmup; i++) {
                request(http, port, kind, i, firstDay, lastDay, random);
            }
        }
        List<Kind> order = new ArrayList<>();
        for (Kind kind : kinds) {
            for (int i = 0; i < samples; i++) {
                order.add(kind);
            }
        }
        Collections.shuffle(order, random);
        log("measuring %,d requests".formatted(order.size()));
        Map<Kind, long[]> nanos = new LinkedHashMap<>();
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        Map<Kind, Long> bytes = new LinkedHashMap<>();
        kinds.forEach(kind -> {
            nanos.put(kind, new long[samples]);
            counts.put(kind, 0);
            bytes.put(kind, 0L);
        });
        long[] all = new long[order.size()];
        for (int n = 0; n < order.size(); n++) {
            Kind kind = order.get(n);
            int i = counts.get(kind);
            long t = System.nanoTime();
            int size = request(http, port, kind, i, firstDay, lastDay, random);
            long elapsed = System.nanoTime() - t;
            nanos.get(kind)[i] = elapsed;
            all[n] = elapsed;
            counts.put(kind, i + 1);
            bytes.put(kind, bytes.get(kind) + size);
        }
        kinds.forEach(kind -> bytes.put(kind, bytes.get(kind) / samples));
        return new Measured(kinds, nanos, bytes, all);
    }

    /** One request; even-numbered ones end today, odd ones anywhere in the history. Returns the body's size. */
    private static int request(HttpClient http, int port, Kind kind, int i, LocalDate firstDay, LocalDate lastDay,
            Random random) throws IOException, InterruptedException {
        long room = ChronoUnit.DAYS.between(firstDay, lastDay) + 1 - kind.days();
        LocalDate from = i % 2 == 0 ? lastDay.minusDays(kind.days() - 1)
                : firstDay.plusDays((long) (random.nextDouble() * (room + 1)));
        String uri = "http://127.0.0.1:%d/api/v1/metrics/sla?from=%s&to=%s%s".formatted(port, from,
                from.plusDays(kind.days()), kind.groupBy().isEmpty() ? "" : "&groupBy=" + kind.groupBy());
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    // ------------------------------------------------------------------------------------------------ report

    private String markdown(Instant started, String loadAtStart, String loadBeforeMeasuring, String loadAfter,
            Map<String, String> data, String load, String triggers, Measured measured) throws SQLException {
        double target = Double.parseDouble(option("target-p99-ms"));
        Latencies overall = Latencies.of(measured.all());
        boolean met = overall.p99() / 1e6 < target;
        StringBuilder out = report;
        out.append("# SLA metrics benchmark: GET /api/v1/metrics/sla\n\n");
        out.append("**Target p99 < %s ms: %s** (all %,d requests: p50 %s ms, p99 %s ms, max %s ms).\n\n".formatted(
                trim(target), met ? "met" : "missed", overall.count(), ms(overall.p50()), ms(overall.p99()),
                ms(overall.max())));
        out.append("## Machine and code\n\n");
        out.append("- code measured: %s\n".formatted(System.getProperty("benchmark.code",
                "unknown (not run by scripts/benchmark-workflow.sh)")));
        out.append("- run started %s on `%s`: %d CPUs, %s memory\n".formatted(started, host(),
                Runtime.getRuntime().availableProcessors(), memory()));
        out.append("- load average (1, 5, 15 min): %s at the start, %s before measuring, %s after; the machine is "
                .formatted(loadAtStart, loadBeforeMeasuring, loadAfter)
                + "shared with other builds, so the figures are noisy\n");
        out.append("- Java %s; the benchmark's client, the service (same JVM, its own HTTP server) and PostgreSQL "
                .formatted(Runtime.version()) + "share the machine\n");
        try (Connection con = connect(); Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT version(), current_setting('shared_buffers'), "
                        + "current_setting('work_mem'), current_setting('jit')")) {
            rs.next();
            out.append("- %s; shared_buffers %s, work_mem %s, jit %s (server settings as found)\n\n".formatted(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
        out.append("## Data\n\n");
        out.append(("%s synthetic cases received on the Beijing days %s to %s (seed %s, history ending %s), of "
                + "which open when loaded %s (%s forgotten: never resolved, long overdue), withdrawn %s, reopened "
                + "%s, with a pause %s.\n\n").formatted(data.get("cases"), data.get("first day"),
                data.get("last day"), data.get("seed"), data.get("history end"), data.get("open at load"),
                data.get("forgotten"), data.get("withdrawn"), data.get("reopened"), data.get("paused")));
        out.append("| | |\n|---|---:|\n");
        for (String key : List.of("cases in complaint_case", "open cases now", "rollup rows",
                "duration histograms", "complaint_case size (with indexes)", "sla_daily_rollup size",
                "sla_duration_histogram size", "complaint_case_open_idx size")) {
            out.append("| %s | %s |\n".formatted(key, data.get(key)));
        }
        out.append('\n');
        out.append(load);
        out.append(triggers);
        out.append("## Latency of GET /api/v1/metrics/sla\n\n");
        out.append(("Over HTTP on 127.0.0.1, one request at a time, after %d warm-up requests per kind; %d samples per "
                + "kind, all kinds shuffled together. Half of each kind's periods end today, half fall anywhere in "
                + "the two years. Times in ms.\n\n").formatted(intOption("warmup"), intOption("samples")));
        out.append("| request | n | p50 | p90 | p99 | max | response |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Kind kind : measured.kinds()) {
            Latencies l = Latencies.of(measured.nanos().get(kind));
            out.append("| %s | %d | %s | %s | %s | %s | %s |\n".formatted(kind.name(), l.count(), ms(l.p50()),
                    ms(l.p90()), ms(l.p99()), ms(l.max()), kb(measured.bytes().get(kind))));
        }
        out.append("| **all** | %d | **%s** | **%s** | **%s** | **%s** | |\n\n".formatted(overall.count(),
                ms(overall.p50()), ms(overall.p90()), ms(overall.p99()), ms(overall.max())));
        out.append("## Reproduce\n\n```\nscripts/benchmark-workflow.sh --cases=%s --samples=%s%s\n```\n\n".formatted(
                option("cases"), option("samples"), option("database").equals("workflow_benchmark") ? ""
                        : " --database=" + option("database")));
        out.append("(`--skip-load` reuses the loaded database; drop it afterwards with "
                + "`psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE %s WITH (FORCE)'`.)\n".formatted(
                        option("database")));
        return out.toString();
    }

    record Latencies(int count, long p50, long p90, long p99, long max, double mean) {

        static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 90),
                    percentile(sorted, 99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
        }

        /** Nearest rank: the smallest value with at least p % of the values at or below it. */
        static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
        }
    }

    private static String ms(double nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }

    private static String kb(long bytes) {
        return bytes >= 1024 ? "%.0f kB".formatted(bytes / 1024.0) : bytes + " B";
    }

    private static String seconds(Duration duration) {
        long s = duration.toSeconds();
        return s >= 60 ? "%d min %02d s".formatted(s / 60, s % 60) : "%.1f s".formatted(duration.toMillis() / 1000.0);
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
