package org.complaintsuite.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.benchmark.SyntheticComplaints.Sample;
import org.complaintsuite.benchmark.SyntheticComplaints.Scenario;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.risk.assessment.AssessmentStore;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.links.RingStore;
import org.complaintsuite.risk.links.TextFingerprint;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalyzer;

/**
 * Scoring throughput and latency of risk-scoring-service against a link store of (by default) a million historical
 * complaints.
 * <p>
 * Creates the database, runs the service's Flyway migrations, bulk-loads the synthetic history
 * ({@link SyntheticComplaints}, {@link BulkLoader}), then scores new complaints one at a time through the service's
 * own classes wired by hand exactly as Spring wires them ({@link AssessmentService#process} inside a
 * {@link TransactionTemplate}, which is what its {@code @Transactional} amounts to), timing each; first on one
 * thread, then on several. A last pass over further complaints times every SQL statement (which the measured passes
 * do not, to stay undisturbed) and, when the p99 misses the target, explains the slowest ones.
 * <p>
 * Run it with scripts/benchmark-risk.sh; {@code --help} lists the options.
 */
public final class LinkStoreBenchmark {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final BenchmarkOptions options;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final RiskProperties properties = RiskProperties.defaults();
    private final Lexicons lexicons = Lexicons.load();
    private final Report report;

    private LinkStoreBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.report = new Report(options);
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        new LinkStoreBenchmark(options).run();
    }

    static void log(String message) {
        System.err.println("[benchmark " + TIME.format(Instant.now()) + "] " + message);
    }

    private void run() throws Exception {
        report.environment(environment());
        log("options: " + options);

        long started = System.nanoTime();
        SyntheticComplaints world = new SyntheticComplaints(options.seed(), options.complaints(), options.agencies(),
                options.switchboards());
        log("schedule of %,d complaints by %,d customers in %.1f s".formatted(world.complaints(), world.customers(),
                (System.nanoTime() - started) / 1e9));
        report.data(world, textStatistics(world));

        if (!options.skipLoad()) {
            recreateDatabase();
        }
        try (HikariDataSource dataSource = dataSource()) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            if (options.skipLoad()) {
                reset(dataSource);
            }
            else {
                BulkLoader loader = new BulkLoader(world, json, properties, lexicons,
                        () -> DriverManager.getConnection(options.url() + options.database(), options.user(),
                                options.password()),
                        options.historyAssessments(), LinkStoreBenchmark::log);
                BulkLoader.Result loaded = loader.load();
                report.load(loaded, world.complaints());
                saveLoadedState(dataSource);
            }
            report.sizes(sizes(dataSource));
            measure(dataSource, world);
        }
        String markdown = report.markdown();
        System.out.println(markdown);
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), markdown);
        log("report written to " + options.report().toAbsolutePath());
    }

    // ------------------------------------------------------------------------------------------------ database

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(options.url() + "postgres", options.user(), options.password());
    }

    private void recreateDatabase() throws SQLException {
        try (Connection con = admin(); Statement st = con.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + options.database() + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + options.database());
        }
        log("database " + options.database() + " created");
    }

    /** As Spring Boot configures Hikari for the service: its defaults, nothing tuned. */
    private HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.url() + options.database());
        config.setUsername(options.user());
        config.setPassword(options.password());
        config.setMaximumPoolSize(options.poolSize());
        config.setPoolName("risk-benchmark");
        return new HikariDataSource(config);
    }

    private void saveLoadedState(DataSource dataSource) throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_meta, bench_cluster_member, bench_cluster_edge");
            st.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("CREATE TABLE bench_cluster_member AS TABLE cluster_member");
            st.execute("CREATE TABLE bench_cluster_edge AS TABLE cluster_edge");
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO bench_meta VALUES (?, ?)")) {
                Map<String, String> meta = new LinkedHashMap<>(loadedState());
                meta.put("code", codeVersion());
                for (var entry : meta.entrySet()) {
                    ps.setString(1, entry.getKey());
                    ps.setString(2, entry.getValue());
                    ps.executeUpdate();
                }
            }
        }
    }

    private Map<String, String> loadedState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("complaints", Integer.toString(options.complaints()));
        state.put("seed", Long.toString(options.seed()));
        state.put("agencies", Integer.toString(options.agencies()));
        state.put("switchboards", Integer.toString(options.switchboards()));
        state.put("history-assessments", Boolean.toString(options.historyAssessments()));
        state.put("history-end", SyntheticComplaints.HISTORY_END.toString());
        return state;
    }

    /**
     * Brings a database loaded before back to its loaded state: complaints scored since (all received after the
     * history) are deleted with everything that cascades from them, the rings restored, and the assessments of
     * historical complaints re-assessed since marked stale (their content hash), so that re-assessing them writes
     * again as it did the first time.
     */
    private void reset(DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            Map<String, String> stored = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT key, value FROM bench_meta")) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
            catch (SQLException ex) {
                throw new IllegalStateException("--skip-load: database " + options.database()
                        + " holds no completed load; run once without --skip-load", ex);
            }
            String loadedBy = java.util.Objects.requireNonNullElse(stored.remove("code"), "unknown");
            if (!stored.equals(loadedState())) {
                throw new IllegalStateException("--skip-load: database " + options.database() + " was loaded with "
                        + stored + ", not " + loadedState());
            }
            report.loadedBy(loadedBy);
            if (!codeVersion().equals(loadedBy)) {
                log("WARNING: the history was loaded by other service code (" + loadedBy + "); this is "
                        + codeVersion() + ". If identifiers, fingerprints or scoring changed, load again.");
            }
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM complaint WHERE received_at >= ?")) {
                ps.setTimestamp(1, java.sql.Timestamp.from(SyntheticComplaints.HISTORY_END));
                log("reset: %,d complaints scored by earlier runs deleted".formatted(ps.executeUpdate()));
            }
            // historical complaints re-assessed since hold newer assessments; mark them stale so that the same
            // re-assessment writes again, as it did the first time, instead of finding its content already held
            try (PreparedStatement ps = con.prepareStatement(
                    "UPDATE assessment SET content_hash = 'stale' WHERE occurred_at > ?")) {
                ps.setTimestamp(1, java.sql.Timestamp.from(SyntheticComplaints.HISTORY_END.plus(Duration.ofHours(1))));
                log("reset: %,d re-assessed historical assessments marked stale".formatted(ps.executeUpdate()));
            }
            st.execute("TRUNCATE cluster_member, cluster_edge, assessment_outbox, ring_reassessment");
            // from the complaints, so that a copy taken before cluster_member held the members' customers serves too
            st.execute("INSERT INTO cluster_member (complaint_id, cluster_id, customer_key, received_at) "
                    + "SELECT b.complaint_id, b.cluster_id, c.customer_key, c.received_at "
                    + "FROM bench_cluster_member b JOIN complaint c USING (complaint_id)");
            st.execute("INSERT INTO cluster_edge SELECT * FROM bench_cluster_edge");
            con.commit();
            con.setAutoCommit(true);
            for (String table : BulkLoader.TABLES) {
                st.execute("VACUUM (ANALYZE) " + table);
            }
            // the queues earlier runs filled and emptied, as autovacuum keeps them in a running service
            for (String table : List.of("reassessment_queue", "ring_reassessment", "assessment_outbox")) {
                st.execute("VACUUM (ANALYZE) " + table);
            }
            st.execute("CHECKPOINT");
        }
        log("reset to the loaded state in %.1f s".formatted((System.nanoTime() - started) / 1e9));
    }

    record TableSize(String name, long rows, long heap, long indexes, long total) {
    }

    record Sizes(List<TableSize> tables, Map<String, Long> indexes, long database) {
    }

    private static Sizes sizes(DataSource dataSource) throws SQLException {
        List<TableSize> tables = new ArrayList<>();
        Map<String, Long> indexes = new LinkedHashMap<>();
        long database;
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT c.relname, greatest(c.reltuples, 0)::bigint, pg_table_size(c.oid), pg_indexes_size(c.oid),
                           pg_total_relation_size(c.oid)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'bench\\_%'
                      AND c.relname <> 'flyway_schema_history'
                    ORDER BY pg_total_relation_size(c.oid) DESC""")) {
                while (rs.next()) {
                    tables.add(new TableSize(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT i.relname, pg_relation_size(i.oid)
                    FROM pg_class i JOIN pg_namespace n ON n.oid = i.relnamespace
                    WHERE n.nspname = 'public' AND i.relkind = 'i' AND i.relname NOT LIKE 'bench\\_%'
                      AND i.relname NOT LIKE 'flyway%'
                    ORDER BY pg_relation_size(i.oid) DESC""")) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                database = rs.getLong(1);
            }
        }
        return new Sizes(tables, indexes, database);
    }

    // ------------------------------------------------------------------------------------------------ measuring

    /** The service as Spring wires it, on a given DataSource. */
    record Service(AssessmentService service, TransactionTemplate transactions) {

        /** One complaint scored in its own transaction, as the listener does. */
        void process(ComplaintReceived complaint) {
            transactions.executeWithoutResult(status -> service.process(complaint));
        }

        /**
         * The re-assessments the scoring queued, each in its own transaction, as the listener does right after the
         * complaint (outside the timed scoring); returns how many were done.
         */
        int drain() {
            int done = 0;
            while (Boolean.TRUE.equals(transactions.execute(status -> service.reassessNext()))) {
                done++;
            }
            return done;
        }
    }

    private Service service(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LinkStore links = new LinkStore(jdbc, json, properties);
        RingStore rings = new RingStore(jdbc, properties);
        AssessmentStore store = new AssessmentStore(jdbc, json);
        AssessmentService service = new AssessmentService(links, rings, store, lexicons, new TextAnalyzer(lexicons.all()),
                properties, Clock.systemUTC());
        return new Service(service, new TransactionTemplate(new JdbcTransactionManager(dataSource)));
    }

    /** The figures of one measured run. */
    record Run(String name, int threads, Duration wall, long[] nanos, int[] reassessments, Scenario[] scenarios,
            int failures, String firstFailure, String loadBefore, String loadAfter, ServerStats server) {

        double throughput() {
            return nanos.length / (wall.toNanos() / 1e9);
        }
    }

    /**
     * Server counters: blocks read from outside shared buffers and found in them (this database), WAL written and
     * full-page images in it (the whole cluster: other databases' activity counts too).
     */
    record ServerStats(long blocksRead, long blocksHit, long walBytes, long walFullPageImages, long walRecords) {

        ServerStats minus(ServerStats other) {
            return new ServerStats(blocksRead - other.blocksRead, blocksHit - other.blocksHit,
                    walBytes - other.walBytes, walFullPageImages - other.walFullPageImages,
                    walRecords - other.walRecords);
        }
    }

    /** Backends publish their counters within a second of going idle: wait for that, then read. */
    private static ServerStats serverStats(DataSource dataSource) {
        try {
            Thread.sleep(1500);
            try (Connection con = dataSource.getConnection(); Statement st = con.createStatement();
                    ResultSet rs = st.executeQuery("""
                            SELECT d.blks_read, d.blks_hit, w.wal_bytes::bigint, w.wal_fpi, w.wal_records
                            FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = current_database()""")) {
                rs.next();
                return new ServerStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
        catch (SQLException | InterruptedException ex) {
            log("server statistics unavailable: " + ex);
            return new ServerStats(0, 0, 0, 0, 0);
        }
    }

    private void measure(HikariDataSource dataSource, SyntheticComplaints world) throws Exception {
        Service service = service(dataSource);
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
        Run warmup = run("warm-up", service, samples.subList(next, next += options.warmup()), 1,
                dataSource);
        log("warm-up done: %.0f complaints/s, p50 %s ms".formatted(warmup.throughput(),
                Latencies.ms(Latencies.of(warmup.nanos()).p50())));

        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            Run single = run("round " + round + ", 1 thread", service,
                    samples.subList(next, next += options.samples()), 1, dataSource);
            runs.add(single);
            logRun(single);
            if (options.threads() > 1) {
                Run concurrent = run("round " + round + ", " + options.threads() + " threads", service,
                        samples.subList(next, next += options.samples()), options.threads(), dataSource);
                runs.add(concurrent);
                logRun(concurrent);
            }
        }
        report.runs(runs, options.targetP99Millis());
        report.floors(floors(dataSource));

        if (options.profileSamples() > 0) {
            StatementProfiler profiler = new StatementProfiler(dataSource);
            Service profiled = service(profiler);
            List<Sample> batch = samples.subList(next, next + options.profileSamples());
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
    }

    private static void logRun(Run run) {
        Latencies latencies = Latencies.of(run.nanos());
        log("%s: %.0f complaints/s, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms, re-assessments %d%s".formatted(run.name(),
                run.throughput(), Latencies.ms(latencies.p50()), Latencies.ms(latencies.p90()),
                Latencies.ms(latencies.p99()), Latencies.ms(latencies.max()),
                Arrays.stream(run.reassessments()).sum(), run.failures() > 0 ? ", FAILURES " + run.failures() : ""));
    }

    private Run run(String name, Service service, List<Sample> batch, int threads, DataSource dataSource)
            throws Exception {
        int n = batch.size();
        long[] nanos = new long[n];
        int[] reassessments = new int[n];
        Scenario[] scenarios = new Scenario[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < n) {
                Sample sample = batch.get(i);
                scenarios[i] = sample.scenario();
                long t0 = System.nanoTime();
                try {
                    service.process(sample.complaint());
                }
                catch (RuntimeException ex) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, ex.toString());
                }
                nanos[i] = System.nanoTime() - t0;
                try {
                    reassessments[i] = service.drain();
                }
                catch (RuntimeException ex) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, ex.toString());
                }
            }
        };
        ServerStats statsBefore = serverStats(dataSource);
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        if (threads == 1) {
            worker.run();
        }
        else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            finally {
                pool.shutdown();
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        String loadAfter = loadAverage();
        return new Run(name, threads, wall, nanos, reassessments, scenarios, failures.get(), firstFailure.get(),
                loadBefore, loadAfter, serverStats(dataSource).minus(statsBefore));
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
        List<StatementProfiler.Stats> candidates = profiler.stats().stream()
                .filter(stats -> !stats.sql.equals(StatementProfiler.COMMIT))
                .filter(stats -> !stats.sql.startsWith("SELECT pg_advisory_xact_lock"))
                .toList();
        List<StatementProfiler.Stats> chosen = new ArrayList<>(candidates.subList(0, Math.min(4, candidates.size())));
        candidates.stream().max((a, b) -> Long.compare(a.maxNanos, b.maxNanos))
                .filter(slowest -> !chosen.contains(slowest)).ifPresent(chosen::add);
        for (StatementProfiler.Stats stats : chosen) {
            try {
                plans.put(stats.sql, StatementProfiler.explain(dataSource, stats.sql, stats.slowestParameters));
            }
            catch (SQLException ex) {
                plans.put(stats.sql, List.of("EXPLAIN failed: " + ex.getMessage()));
            }
        }
        return plans;
    }

    // ------------------------------------------------------------------------------------------------ context

    /** Lengths and comparability of a sample of the history's texts. */
    record TextStatistics(int sampled, long[] lengths, int comparable, double identifiers, int withAgent) {
    }

    private static TextStatistics textStatistics(SyntheticComplaints world) {
        int step = Math.max(1, world.complaints() / 20_000);
        List<Long> lengths = new ArrayList<>();
        int comparable = 0;
        long identifiers = 0;
        int withAgent = 0;
        for (int i = 0; i < world.complaints(); i += step) {
            ComplaintReceived complaint = world.historyComplaint(i);
            String text = complaint.text().customerText();
            lengths.add((long) text.length());
            if (TextFingerprint.comparable(text)) {
                comparable++;
            }
            identifiers += org.complaintsuite.risk.links.Identifier.of(complaint).size();
            if (complaint.representative() != null) {
                withAgent++;
            }
        }
        long[] sorted = lengths.stream().mapToLong(Long::longValue).sorted().toArray();
        return new TextStatistics(sorted.length, sorted, comparable, (double) identifiers / sorted.length, withAgent);
    }

    record Environment(String when, String host, int cpus, String memory, String loadAverage, String java,
            String postgres, Map<String, String> settings, String code) {
    }

    private Environment environment() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        String version;
        try (Connection con = admin(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT version()")) {
                rs.next();
                version = rs.getString(1);
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT name, setting || coalesce(' ' || unit, '') FROM pg_settings
                    WHERE name IN ('shared_buffers', 'effective_cache_size', 'work_mem', 'synchronous_commit', 'fsync',
                                   'wal_level', 'max_wal_size', 'random_page_cost', 'jit', 'max_connections',
                                   'checkpoint_timeout', 'default_statistics_target')
                    ORDER BY name""")) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (IOException ex) {
            host = "?";
        }
        return new Environment(DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                host, Runtime.getRuntime().availableProcessors(), memory(), loadAverage(),
                Runtime.version() + " (" + System.getProperty("java.vm.name") + ")", version, settings, codeVersion());
    }

    /** The service code measured, as scripts/benchmark-risk.sh describes it. */
    static String codeVersion() {
        return System.getProperty("benchmark.code", "unknown (not run by scripts/benchmark-risk.sh)");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        catch (IOException | RuntimeException ex) {
            return "?";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> "%.1f GiB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("?");
        }
        catch (IOException | RuntimeException ex) {
            return "?";
        }
    }
}
