package org.complaintsuite.benchmark.pipeline;

import java.util.List;
import java.util.Map;

/** Consumer lag over time: per phase and group, the peak and the last lag and a sparkline of every second. */
final class LagSection {

    static final int SPARKLINE_WIDTH = 60;

    private LagSection() {
    }

    static String render(List<LagSample> samples) {
        if (samples.isEmpty()) {
            return "";
        }
        MarkdownTable table = new MarkdownTable("phase", "group", "seconds", "peak lag", "lag at end",
                "lag over time (0 to peak)");
        Map<String, Map<String, long[]>> phases = TimeSeries.lagByPhase(samples);
        phases.forEach((phase, groups) -> groups.forEach((group, series) -> {
            long peak = 0;
            for (long value : series) {
                peak = Math.max(peak, value);
            }
            table.row(phase, group, series.length, Format.count(peak), Format.count(series[series.length - 1]),
                    "`" + Sparkline.of(series, SPARKLINE_WIDTH) + "`");
        }));
        return "## Consumer lag over time\n\nSampled every second with the AdminClient (committed offsets against the "
                + "log-end offsets), summed over each group's pipeline topics; the sparkline spans the phase, at most "
                + SPARKLINE_WIDTH + " characters, each the highest lag of its stretch. Every sample, per topic: "
                + "`lag.csv`.\n\n" + table.render() + '\n';
    }
}
