package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 3, agency burst: ordinary REST traffic at a fixed rate for a window, once alone and once with an agency's
 * complaints mixed in (one phone number, one letter with small variations, a different customer each), which risk
 * scoring links into a ring whose earlier members it assesses again as the ring grows. Compares the ordinary
 * complaints' assessed rate and latency with and without the burst, and times the ring's re-assessments catching up.
 */
final class AgencyBurstScenario {

    /**
     * @param ordinaryAlone  the ordinary complaints of the window without the burst
     * @param ordinaryMixed  the ordinary complaints of the window with the burst
     * @param agency         the agency's complaints
     * @param ringCatchUp    from the agency's last complaint sent until risk scoring's re-assessment queues were
     *                       empty and no group lagged
     * @param caughtUp       whether that happened within the drain timeout
     * @param queuePeak      the most complaints waiting in {@code reassessment_queue} during the mixed window
     */
    record Result(LoadResult ordinaryAloneLoad, Completion ordinaryAlone, LoadResult ordinaryMixedLoad,
            Completion ordinaryMixed, LoadResult agencyLoad, Completion agency, Duration ringCatchUp,
            boolean caughtUp, long queuePeak) {

        /** The ordinary complaints' assessed rate with the burst as a share of the rate without it. */
        double ratio() {
            return ordinaryMixed.assessedRate() / ordinaryAlone.assessedRate();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AgencyBurstScenario.class);

    private final Suite suite;

    AgencyBurstScenario(Suite suite) {
        this.suite = suite;
    }

    Result run() throws Exception {
        BenchmarkOptions options = suite.options();
        double rate = options.intValue("burst-rate");
        Duration window = options.seconds("burst-window");

        suite.sampling().phase("burst: ordinary alone");
        CompletionTracker alone = suite.tracker("BA");
        LOG.info("ordinary traffic alone at {} for {}", Format.rate(rate), window);
        LoadResult aloneLoad = suite.openLoop().run(rate, window, ordinary("BA"), alone);
        alone.awaitAll(suite.drainTimeout());
        suite.awaitIdle();
        alone.refresh();
        suite.complaintsCsv().append("burst: ordinary alone", alone);

        suite.sampling().phase("burst: ordinary + agency");
        CompletionTracker mixed = suite.tracker("BO");
        CompletionTracker agency = suite.tracker("BG");
        int burst = options.intValue("burst-size");
        String agencyNumber = suite.calls().nextCallerNumber();
        LOG.info("ordinary traffic at {} with {} agency complaints over {}", Format.rate(rate), burst, window);
        LoadResult mixedLoad;
        LoadResult agencyLoad;
        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<LoadResult> ordinaryRun = both.submit(() -> suite.openLoop().run(rate, window, ordinary("BO"), mixed));
            Future<LoadResult> agencyRun = both.submit(() -> suite.openLoop().run(burst / (double) window.toSeconds(),
                    window, (index, at) -> suite.calls().agencyClient("BG", index, at, agencyNumber), agency));
            mixedLoad = ordinaryRun.get();
            agencyLoad = agencyRun.get();
        }
        mixed.awaitAll(suite.drainTimeout());
        agency.awaitAll(suite.drainTimeout());
        Quiescence.Waited idle = suite.awaitIdle();
        mixed.refresh();
        agency.refresh();
        suite.complaintsCsv().append("burst: ordinary with the burst", mixed);
        suite.complaintsCsv().append("burst: agency", agency);
        Completion agencyDone = Completion.of(agency.complaints());
        Instant lastAgencySent = agencyDone.lastSent() == null ? Instant.now() : agencyDone.lastSent();
        Duration catchUp = Duration.between(lastAgencySent, Instant.now());
        suite.sampling().phase("idle");
        return new Result(aloneLoad, Completion.of(alone.complaints()), mixedLoad, Completion.of(mixed.complaints()),
                agencyLoad, agencyDone, catchUp, idle.idle(), queuePeak(suite.queues().samples()));
    }

    private CallSource ordinary(String tag) {
        return (index, at) -> suite.calls().ordinary(tag, index, at);
    }

    private static long queuePeak(List<RiskQueueSample> samples) {
        return samples.stream().filter(sample -> sample.phase().startsWith("burst: ordinary + agency"))
                .mapToLong(RiskQueueSample::complaints).max().orElse(0);
    }
}
