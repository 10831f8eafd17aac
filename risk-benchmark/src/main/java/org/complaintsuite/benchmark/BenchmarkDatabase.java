package org.complaintsuite.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import static org.complaintsuite.benchmark.LinkStoreBenchmark.log;

/**
 * The benchmark's database: created afresh for a load, or brought back to its loaded state for a run with
 * {@code --skip-load}; and the sizes of its tables and indexes once loaded.
 */
final class BenchmarkDatabase {

    private final BenchmarkOptions options;
    private final Report report;

    BenchmarkDatabase(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    Connection admin() throws SQLException {
        return DriverManager.getConnection(options.url() + "postgres", options.user(), options.password());
    }

    void recreateDatabase() throws SQLException {
        try (Connection con = admin(); Statement st = con.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + options.database() + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + options.database());
        }
        log("database " + options.database() + " created");
    }

    /** As Spring Boot configures Hikari for the service: its defaults, nothing tuned. */
    HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.url() + options.database());
        config.setUsername(options.user());
        config.setPassword(options.password());
        config.setMaximumPoolSize(options.poolSize());
        config.setPoolName("risk-benchmark");
        return new HikariDataSource(config);
    }

    void saveLoadedState(DataSource dataSource) throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_meta, bench_cluster_member, bench_cluster_edge");
            st.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("CREATE TABLE bench_cluster_member AS TABLE cluster_member");
            st.execute("CREATE TABLE bench_cluster_edge AS TABLE cluster_edge");
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO bench_meta VALUES (?, ?)")) {
                Map<String, String> meta = new LinkedHashMap<>(loadedState());
                meta.put("code", BenchmarkEnvironment.codeVersion());
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
    void reset(DataSource dataSource) throws SQLException {
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
            if (!BenchmarkEnvironment.codeVersion().equals(loadedBy)) {
                log("WARNING: the history was loaded by other service code (" + loadedBy + "); this is "
                        + BenchmarkEnvironment.codeVersion() + ". If identifiers, fingerprints or scoring changed, load again.");
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

    static Sizes sizes(DataSource dataSource) throws SQLException {
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
}
