package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

/** Scenarios 3 and 4: the agency burst beside ordinary traffic, and the backlog replay. */
final class BurstBacklogSections {

    static final double BURST_TARGET = 0.8;

    private BurstBacklogSections() {
    }

    static String burst(AgencyBurstScenario.Result result, boolean queuesReadable) {
        MarkdownTable table = new MarkdownTable("traffic", "accepted", "assessed on case", "assessed rate",
                "to assessed p50 / p99", "trailing")
                .row("ordinary, alone", Format.count(result.ordinaryAloneLoad().accepted()),
                        Format.count(result.ordinaryAlone().assessed()),
                        Format.rate(result.ordinaryAlone().assessedRate()),
                        IntakeSections.twoPercentiles(result.ordinaryAlone().toAssessed()),
                        Format.seconds(result.ordinaryAlone().drainAfterLoad()))
                .row("ordinary, with the burst", Format.count(result.ordinaryMixedLoad().accepted()),
                        Format.count(result.ordinaryMixed().assessed()),
                        Format.rate(result.ordinaryMixed().assessedRate()),
                        IntakeSections.twoPercentiles(result.ordinaryMixed().toAssessed()),
                        Format.seconds(result.ordinaryMixed().drainAfterLoad()))
                .row("the agency's burst", Format.count(result.agencyLoad().accepted()),
                        Format.count(result.agency().assessed()), Format.rate(result.agency().assessedRate()),
                        IntakeSections.twoPercentiles(result.agency().toAssessed()),
                        Format.seconds(result.agency().drainAfterLoad()));
        double ratio = result.ratio();
        String verdict = Double.isNaN(ratio) ? "could not be computed"
                : Format.percent(ratio) + (ratio >= BURST_TARGET ? " (target ≥ 80 %: met)" : " (target ≥ 80 %: not met)");
        return "## 3. Agency burst\n\nOrdinary REST traffic for a window, once alone and once with one agency's "
                + "complaints mixed in (one phone number, one letter with small variations, a different customer each: "
                + "risk scoring links them into a ring and assesses earlier members again as it grows).\n\n"
                + table.render() + "\n- **Ordinary assessed rate with the burst / without**: " + verdict + "\n"
                + "- **Ring's re-assessments caught up** (from the agency's last complaint until the re-assessment "
                + "queues were empty and no group lagged): " + Format.seconds(result.ringCatchUp())
                + (result.caughtUp() ? "" : " — **not caught up** within the drain timeout") + "\n"
                + "- **Peak of `reassessment_queue`** during the burst: "
                + (queuesReadable ? Format.count(result.queuePeak()) : "not readable (no such table)") + "\n\n";
    }

    static String backlog(BacklogScenario.Result result) {
        Completion done = result.completion();
        MarkdownTable drains = new MarkdownTable("group", "topic", "records consumed", "peak lag", "drained after",
                "drain rate");
        for (DrainRate drain : result.drains()) {
            if (drain.consumed() == 0 && drain.peakLag() == 0) {
                continue;
            }
            drains.row(drain.group(), "`" + drain.topic() + "`", Format.count(drain.consumed()),
                    Format.count(drain.peakLag()), drain.drained() ? Format.seconds(drain.elapsed())
                            : "not drained (" + Format.seconds(drain.elapsed()) + " sampled)",
                    Format.rate(drain.rate()));
        }
        Duration allAssessed = done.firstSent() == null || done.lastAssessed() == null ? Duration.ZERO
                : Duration.between(done.firstSent(), done.lastAssessed());
        return "## 4. Backlog replay\n\n" + Format.count(result.produced().acknowledged()) + " complaints put on `"
                + result.topic() + "` at " + Format.rate(result.produced().rate())
                + " (one producer, acks=all), far faster than they are consumed; then drained.\n\n"
                + drains.render()
                + "\nDrain rate = records the group committed from the start of the fill until its lag was first zero "
                + "after the topic stopped being fed (the producer finished; for a topic further down the pipeline, "
                + "every group before it had drained), over that time; lag sampled every second.\n\n"
                + "- **Assessed on their case**: " + Format.count(done.assessed()) + " of " + Format.count(done.sent())
                + ", the last " + Format.seconds(allAssessed) + " after the first was produced: end to end "
                + Format.rate(done.assessedRate()) + "\n"
                + "- **To assessed on case p50 / p99**: " + IntakeSections.twoPercentiles(done.toAssessed()) + "\n\n";
    }
}
