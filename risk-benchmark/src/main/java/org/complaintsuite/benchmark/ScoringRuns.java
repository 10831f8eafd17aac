package org.complaintsuite.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.complaintsuite.benchmark.SyntheticComplaints.Sample;
import org.complaintsuite.benchmark.SyntheticComplaints.Scenario;

import static org.complaintsuite.benchmark.LinkStoreBenchmark.log;

/**
 * One measured run: new complaints scored on one thread or several, each timed, with the server's counters and the
 * machine's load before and after.
 */
final class ScoringRuns {

    private ScoringRuns() {
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
    static ServerStats serverStats(DataSource dataSource) {
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

    static void logRun(Run run) {
        Latencies latencies = Latencies.of(run.nanos());
        log("%s: %.0f complaints/s, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms, re-assessments %d%s".formatted(run.name(),
                run.throughput(), Latencies.ms(latencies.p50()), Latencies.ms(latencies.p90()),
                Latencies.ms(latencies.p99()), Latencies.ms(latencies.max()),
                Arrays.stream(run.reassessments()).sum(), run.failures() > 0 ? ", FAILURES " + run.failures() : ""));
    }

    static Run run(String name, LinkStoreBenchmark.Service service, List<Sample> batch, int threads,
            DataSource dataSource) throws Exception {
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
        String loadBefore = BenchmarkEnvironment.loadAverage();
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
        String loadAfter = BenchmarkEnvironment.loadAverage();
        return new Run(name, threads, wall, nanos, reassessments, scenarios, failures.get(), firstFailure.get(),
                loadBefore, loadAfter, serverStats(dataSource).minus(statsBefore));
    }
}
