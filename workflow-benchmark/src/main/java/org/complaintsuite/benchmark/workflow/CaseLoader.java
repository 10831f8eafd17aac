package org.complaintsuite.benchmark.workflow;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Creates the benchmark's database with the workflow service's own Flyway migrations and loads the synthetic cases
 * with COPY while the rollup triggers are disabled and the secondary indexes dropped; then builds the indexes again,
 * fills the rollup with {@code sla_rollup_rebuild()} (the function migration V5 fills it with) and enables the
 * triggers again. What was generated is kept in a table {@code bench_meta} for runs that reuse the database.
 */
final class CaseLoader {

    private static final int CHUNK = 1 << 20;

    /** How long each step took. */
    record Times(long cases, int indexes, Duration copy, Duration indexing, Duration rollup, Duration vacuum) {
    }

    private final BenchmarkOptions options;

    CaseLoader(BenchmarkOptions options) {
        this.options = options;
    }

    Times load() throws SQLException {
        createDatabase();
        Flyway.configure().dataSource(options.url(), options.get("user"), options.get("password"))
                .locations("classpath:db/migration").load().migrate();
        SlaMetricsBenchmark.log("migrated with the workflow service's migrations");
        try (Connection con = options.connect(); Statement st = con.createStatement()) {
            ServiceRules rules = ServiceRules.of(con);
            SlaMetricsBenchmark.log("the service's rules: " + rules.describe());
            Instant end = options.end();
            SyntheticCases world = new SyntheticCases(options.cases(), end, options.intValue("days"),
                    options.seed(), rules);
            List<String> indexes = secondaryIndexes(st);
            for (String definition : indexes) {
                st.execute("DROP INDEX " + definition.split(" ")[2]);
            }
            // the rollup is filled afterwards by the migration's own rebuild; millions of row triggers are not
            st.execute("ALTER TABLE complaint_case DISABLE TRIGGER sla_rollup_case_inserted");
            st.execute("ALTER TABLE complaint_case DISABLE TRIGGER sla_rollup_case_updated");
            Duration copy = timed(() -> copy(con, world));
            SlaMetricsBenchmark.log("%,d cases copied in %s".formatted(options.cases(), BenchmarkReport.seconds(copy)));
            Duration indexing = timed(() -> createIndexes(st, indexes));
            Duration rollup = timed(() -> {
                st.execute("SET work_mem = '256MB'");
                st.execute("SELECT sla_rollup_rebuild()");
            });
            SlaMetricsBenchmark.log("rollup rebuilt in " + BenchmarkReport.seconds(rollup));
            st.execute("ALTER TABLE complaint_case ENABLE TRIGGER sla_rollup_case_inserted");
            st.execute("ALTER TABLE complaint_case ENABLE TRIGGER sla_rollup_case_updated");
            Duration vacuum = timed(() -> {
                for (String table : List.of("complaint_case", "sla_daily_rollup", "sla_duration_histogram")) {
                    st.execute("VACUUM (ANALYZE) " + table);
                }
                st.execute("CHECKPOINT");
            });
            writeMeta(con, world, end, rules);
            return new Times(options.cases(), indexes.size(), copy, indexing, rollup, vacuum);
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection con = options.connectAdmin(); Statement st = con.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + options.database() + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + options.database());
        }
        SlaMetricsBenchmark.log("database " + options.database() + " created");
    }

    private static List<String> secondaryIndexes(Statement st) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                SELECT indexname, indexdef FROM pg_indexes
                WHERE tablename = 'complaint_case' AND indexname <> 'complaint_case_pkey'""")) {
            while (rs.next()) {
                indexes.add(rs.getString(2));
            }
        }
        return indexes;
    }

    private void copy(Connection con, SyntheticCases world) throws SQLException {
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY complaint_case (" + CaseRow.COLUMNS + ") FROM STDIN");
        StringBuilder chunk = new StringBuilder(CHUNK);
        long cases = options.cases();
        for (long i = 0; i < cases; i++) {
            world.append(i, chunk);
            if (chunk.length() > CHUNK - 2048) {
                write(in, chunk);
            }
            if (i > 0 && i % 500_000 == 0) {
                SlaMetricsBenchmark.log("%,d cases copied".formatted(i));
            }
        }
        write(in, chunk);
        in.endCopy();
    }

    private static void write(CopyIn in, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private static void createIndexes(Statement st, List<String> indexes) throws SQLException {
        st.execute("SET maintenance_work_mem = '1GB'");
        for (String definition : indexes) {
            long t = System.nanoTime();
            st.execute(definition);
            SlaMetricsBenchmark.log("%6.1f s  %s".formatted((System.nanoTime() - t) / 1e9, definition));
        }
    }

    private void writeMeta(Connection con, SyntheticCases world, Instant end, ServiceRules rules)
            throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("cases", Long.toString(options.cases()));
        meta.put("seed", options.get("seed"));
        meta.put("history end", end.toString());
        meta.put("first day", world.firstDay().toString());
        meta.put("rules", rules.describe());
        meta.putAll(world.figures.asMap());
        try (Statement st = con.createStatement()) {
            st.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO bench_meta VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : meta.entrySet()) {
                ps.setString(1, entry.getKey());
                ps.setString(2, entry.getValue());
                ps.executeUpdate();
            }
        }
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static Duration timed(Step step) throws SQLException {
        long t = System.nanoTime();
        step.run();
        return Duration.ofNanos(System.nanoTime() - t);
    }
}
