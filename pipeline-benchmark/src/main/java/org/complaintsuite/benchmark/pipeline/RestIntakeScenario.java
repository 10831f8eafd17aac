package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 1, REST intake: unique phone complaints from distinct callers posted at each target rate (open loop), then
 * as fast as intake answers on N connections (closed loop); every complaint followed to its case and its assessment.
 * The ramp stops after the first rate the pipeline did not keep up with: a higher one would only queue more.
 */
final class RestIntakeScenario {

    /** One run: intake's side, the pipeline's side, and whether it kept up. */
    record Step(String phase, LoadResult load, Completion completion, boolean keptUp) {
    }

    /** The runs in the order they ran. */
    record Result(List<Step> steps) {

        /** The highest open-loop rate the pipeline kept up with, if any. */
        OptionalDouble highestKeptUp() {
            return steps.stream().filter(step -> step.load().target() > 0 && step.keptUp())
                    .mapToDouble(step -> step.load().target()).max();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RestIntakeScenario.class);

    private final Suite suite;

    RestIntakeScenario(Suite suite) {
        this.suite = suite;
    }

    Result run() throws Exception {
        BenchmarkOptions options = suite.options();
        Duration keepUp = options.seconds("keep-up");
        List<Step> steps = new ArrayList<>();
        for (double rate : options.rates()) {
            String tag = "R" + Math.round(rate);
            suite.sampling().phase("rest " + Format.rate(rate));
            CompletionTracker tracker = suite.tracker(tag);
            LOG.info("REST intake at {} for {}", Format.rate(rate), options.seconds("duration"));
            LoadResult load = suite.openLoop().run(rate, options.seconds("duration"),
                    (index, at) -> suite.calls().ordinary(tag, index, at), tracker);
            Step step = finish("rest " + Format.rate(rate), load, tracker, keepUp);
            steps.add(step);
            if (!step.keptUp()) {
                LOG.info("{} was not kept up with: the ramp stops here", Format.rate(rate));
                break;
            }
        }
        int connections = options.intValue("connections");
        if (connections > 0) {
            String tag = "RC" + connections;
            suite.sampling().phase("rest closed loop");
            CompletionTracker tracker = suite.tracker(tag);
            LOG.info("REST intake closed loop on {} connections for {}", connections, options.seconds("closed-duration"));
            LoadResult load = new ClosedLoopLoad(suite.intake()).run(connections, options.seconds("closed-duration"),
                    (index, at) -> suite.calls().ordinary(tag, index, at), tracker);
            steps.add(finish("rest closed loop", load, tracker, keepUp));
        }
        return new Result(steps);
    }

    private Step finish(String phase, LoadResult load, CompletionTracker tracker, Duration keepUp) throws Exception {
        LOG.info("{}: {} accepted ({}), {} failed; following them to their cases", load.label(),
                Format.count(load.accepted()), Format.rate(load.acceptedRate()), Format.count(load.failed()));
        suite.sampling().phase(phase + " (drain)");
        tracker.awaitAll(suite.drainTimeout());
        suite.awaitIdle();
        tracker.refresh();
        suite.sampling().phase("idle");
        suite.complaintsCsv().append(phase, tracker);
        Completion completion = Completion.of(tracker.complaints());
        boolean keptUp = load.failed() == 0 && completion.keptUp(keepUp);
        LOG.info("{}: {} assessed on their case, end to end {}, p99 to assessed {}", load.label(),
                Format.count(completion.assessed()), Format.rate(completion.assessedRate()),
                Format.millis(completion.toAssessed().p99()));
        return new Step(phase, load, completion, keptUp);
    }
}
