package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

/** Scenarios 1 and 2: REST intake at each rate and as fast as it goes; the same through the raw topic. */
final class IntakeSections {

    private IntakeSections() {
    }

    static String rest(RestIntakeScenario.Result result, Duration keepUp) {
        MarkdownTable intake = new MarkdownTable("run", "accepted", "intake req/s",
                "latency p50 / p90 / p99 / max", "errors");
        MarkdownTable pipeline = new MarkdownTable("run", "to case p50 / p99", "to risk assessed p50 / p99",
                "to assessed on case p50 / p99", "end to end", "backlog at load end", "trailing", "kept up");
        for (RestIntakeScenario.Step step : result.steps()) {
            LoadResult load = step.load();
            Completion done = step.completion();
            intake.row(load.label(), Format.count(load.accepted()), Format.rate(load.acceptedRate()),
                    Format.latencies(load.latency()), load.failureSummary());
            pipeline.row(load.label(), twoPercentiles(done.toCase()), twoPercentiles(done.toRisk()),
                    twoPercentiles(done.toAssessed()), Format.rate(done.assessedRate()),
                    Format.count(done.backlogAtLoadEnd()), Format.seconds(done.drainAfterLoad()),
                    (step.keptUp() ? "yes" : "no") + assessedShare(done));
        }
        String highest = result.highestKeptUp().isPresent() ? Format.rate(result.highestKeptUp().getAsDouble())
                : "none of the rates tried";
        return "## 1. REST intake\n\nUnique phone complaints from distinct callers (`POST /api/v1/complaints/phone`). "
                + "Open-loop latency runs from each request's scheduled time (no coordinated omission); closed-loop "
                + "from its send.\n\n" + intake.render()
                + "\nEach complaint followed from its send to its case (`complaint_case.created_at`), to risk "
                + "scoring's assessment (`risk_assessment.assessed_at`) and to the assessment on its case. \"End to "
                + "end\" is complaints assessed on their case per second from the first send to the last assessment; "
                + "\"trailing\" is how long after the last send the last one was assessed; kept up = all assessed "
                + "within " + Format.seconds(keepUp) + " of the last send, no request failed.\n\n"
                + pipeline.render() + "\n**Highest rate kept up**: " + highest + ".\n\n";
    }

    static String raw(RawTopicScenario.Result result, RestIntakeScenario.Result rest) {
        Completion done = result.completion();
        TopicWriter.Written produced = result.produced();
        Duration allAssessed = done.firstSent() == null || done.lastAssessed() == null ? Duration.ZERO
                : Duration.between(done.firstSent(), done.lastAssessed());
        MarkdownTable table = new MarkdownTable("what", "figure")
                .row("raw payloads produced (acks=all)", Format.count(produced.acknowledged())
                        + (produced.failed() > 0 ? ", " + produced.failed() + " failed" : ""))
                .row("producer rate", Format.rate(produced.rate()))
                .row("cases / assessed on their case", Format.count(done.cases()) + " / " + Format.count(done.assessed()))
                .row("to case p50 / p99", twoPercentiles(done.toCase()))
                .row("to assessed on case p50 / p99", twoPercentiles(done.toAssessed()))
                .row("from the first produced to the last assessed", Format.seconds(allAssessed))
                .row("end to end", Format.rate(done.assessedRate()));
        StringBuilder out = new StringBuilder("## 2. Raw-topic intake\n\nRaw phone payloads produced to "
                + "`complaints.raw.phone` as fast as one producer goes, then followed like the REST ones.\n\n");
        out.append(table.render()).append('\n');
        if (rest != null && !rest.steps().isEmpty()) {
            RestIntakeScenario.Step first = rest.steps().getFirst();
            double ratio = done.assessedRate() / first.completion().assessedRate();
            out.append("Compared with REST at ").append(first.load().label()).append(" (")
                    .append(Format.count(first.completion().sent())).append(" complaints, end to end ")
                    .append(Format.rate(first.completion().assessedRate())).append("): raw-topic end to end is ")
                    .append(Format.percent(ratio)).append(" of it. REST's rate is capped by its target rate; the raw "
                            + "topic's is what the pipeline drains.\n\n");
        }
        return out.toString();
    }

    static String twoPercentiles(LatencySummary summary) {
        return summary.isEmpty() ? "–" : Format.millis(summary.p50()) + " / " + Format.millis(summary.p99());
    }

    private static String assessedShare(Completion done) {
        return done.assessed() == done.sent() ? ""
                : " (" + Format.count(done.assessed()) + " of " + Format.count(done.sent()) + " assessed)";
    }
}
