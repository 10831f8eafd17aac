package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The once-a-second samples grouped the way the report shows them: by phase, in the order the phases ran. */
final class TimeSeries {

    private TimeSeries() {
    }

    /** Per phase, per part: the average cores used. */
    static Map<String, Map<String, Double>> averageCores(List<CpuSample> samples) {
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (CpuSample sample : samples) {
            double[] sum = sums.computeIfAbsent(sample.phase(), phase -> new LinkedHashMap<>())
                    .computeIfAbsent(sample.part(), part -> new double[2]);
            sum[0] += sample.cores();
            sum[1]++;
        }
        Map<String, Map<String, Double>> averages = new LinkedHashMap<>();
        sums.forEach((phase, parts) -> {
            Map<String, Double> byPart = new LinkedHashMap<>();
            parts.forEach((part, sum) -> byPart.put(part, sum[0] / sum[1]));
            averages.put(phase, byPart);
        });
        return averages;
    }

    /** The parts in the order first seen, the machine and "other" last. */
    static List<String> parts(List<CpuSample> samples) {
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        samples.forEach(sample -> parts.add(sample.part()));
        List<String> ordered = new ArrayList<>(parts);
        ordered.remove(CpuSampler.MACHINE);
        ordered.remove(CpuSampler.OTHER);
        if (parts.contains(CpuSampler.OTHER)) {
            ordered.add(CpuSampler.OTHER);
        }
        if (parts.contains(CpuSampler.MACHINE)) {
            ordered.add(CpuSampler.MACHINE);
        }
        return ordered;
    }

    /** Per phase, per group: the group's lag (summed over its topics) at each sample time, in time order. */
    static Map<String, Map<String, long[]>> lagByPhase(List<LagSample> samples) {
        Map<String, Map<String, TreeMap<Instant, Long>>> series = new LinkedHashMap<>();
        for (LagSample sample : samples) {
            series.computeIfAbsent(sample.phase(), phase -> new TreeMap<String, TreeMap<Instant, Long>>())
                    .computeIfAbsent(sample.group(), group -> new TreeMap<>())
                    .merge(sample.at(), sample.lag(), Long::sum);
        }
        Map<String, Map<String, long[]>> result = new LinkedHashMap<>();
        series.forEach((phase, groups) -> {
            Map<String, long[]> byGroup = new LinkedHashMap<>();
            groups.forEach((group, points) ->
                    byGroup.put(group, points.values().stream().mapToLong(Long::longValue).toArray()));
            result.put(phase, byGroup);
        });
        return result;
    }
}
