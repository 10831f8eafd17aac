package org.complaintsuite.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.TextFingerprint;

/** What the report says about the run's context: the machine, the server, the code, and the data's texts. */
final class BenchmarkEnvironment {

    private BenchmarkEnvironment() {
    }

    /** Lengths and comparability of a sample of the history's texts. */
    record TextStatistics(int sampled, long[] lengths, int comparable, double identifiers, int withAgent) {
    }

    static TextStatistics textStatistics(SyntheticComplaints world) {
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
            identifiers += Identifier.of(complaint).size();
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

    static Environment environment(BenchmarkDatabase database) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        String version;
        try (Connection con = database.admin(); Statement st = con.createStatement()) {
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
