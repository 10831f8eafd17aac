package org.complaintsuite.benchmark;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.risk.assessment.AssessmentStore;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.links.RingStore;
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
    private final BenchmarkDatabase database;

    private LinkStoreBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.report = new Report(options);
        this.database = new BenchmarkDatabase(options, report);
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        new LinkStoreBenchmark(options).run();
    }

    static void log(String message) {
        System.err.println("[benchmark " + TIME.format(Instant.now()) + "] " + message);
    }

    private void run() throws Exception {
        report.environment(BenchmarkEnvironment.environment(database));
        log("options: " + options);

        long started = System.nanoTime();
        SyntheticComplaints world = new SyntheticComplaints(options.seed(), options.complaints(), options.agencies(),
                options.switchboards());
        log("schedule of %,d complaints by %,d customers in %.1f s".formatted(world.complaints(), world.customers(),
                (System.nanoTime() - started) / 1e9));
        report.data(world, BenchmarkEnvironment.textStatistics(world));

        if (!options.skipLoad()) {
            database.recreateDatabase();
        }
        try (HikariDataSource dataSource = database.dataSource()) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            if (options.skipLoad()) {
                database.reset(dataSource);
            }
            else {
                BulkLoader loader = new BulkLoader(world, json, properties, lexicons,
                        () -> DriverManager.getConnection(options.url() + options.database(), options.user(),
                                options.password()),
                        options.historyAssessments(), LinkStoreBenchmark::log);
                BulkLoader.Result loaded = loader.load();
                report.load(loaded, world.complaints());
                database.saveLoadedState(dataSource);
            }
            report.sizes(BenchmarkDatabase.sizes(dataSource));
            new Measurement(options, report, this::service).measure(dataSource, world);
        }
        String markdown = report.markdown();
        System.out.println(markdown);
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), markdown);
        log("report written to " + options.report().toAbsolutePath());
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
}
