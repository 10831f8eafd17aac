package org.complaintsuite.workflow.metrics;

import org.jspecify.annotations.Nullable;

/**
 * The counters of one group of cases, summed from rollup rows (what no longer changes) and open-case rows (what
 * changes with time), turned into {@link SlaReport.Figures}.
 */
final class SlaTally {

    long received;
    long firstContactOnTime;
    long firstContactLate;
    long firstContactStoppedOverdue;
    long resolutionOnTime;
    long resolutionLate;
    long resolutionStoppedOverdue;
    long regulatorOnTime;
    long regulatorLate;
    long regulatorStoppedOverdue;
    long satisfied;
    long dissatisfied;
    long proxyDriven;
    long repeats;
    final DurationHistogram firstContactTimes = new DurationHistogram();
    final DurationHistogram resolutionTimes = new DurationHistogram();

    long open;
    long firstContactOverdue;
    long resolutionOverdue;
    long regulatorOverdue;
    long firstContactSoon;
    long resolutionSoon;
    long regulatorSoon;
    long casesSoon;

    void add(SlaTally other) {
        received += other.received;
        firstContactOnTime += other.firstContactOnTime;
        firstContactLate += other.firstContactLate;
        firstContactStoppedOverdue += other.firstContactStoppedOverdue;
        resolutionOnTime += other.resolutionOnTime;
        resolutionLate += other.resolutionLate;
        resolutionStoppedOverdue += other.resolutionStoppedOverdue;
        regulatorOnTime += other.regulatorOnTime;
        regulatorLate += other.regulatorLate;
        regulatorStoppedOverdue += other.regulatorStoppedOverdue;
        satisfied += other.satisfied;
        dissatisfied += other.dissatisfied;
        proxyDriven += other.proxyDriven;
        repeats += other.repeats;
        firstContactTimes.add(other.firstContactTimes);
        resolutionTimes.add(other.resolutionTimes);
        open += other.open;
        firstContactOverdue += other.firstContactOverdue;
        resolutionOverdue += other.resolutionOverdue;
        regulatorOverdue += other.regulatorOverdue;
        firstContactSoon += other.firstContactSoon;
        resolutionSoon += other.resolutionSoon;
        regulatorSoon += other.regulatorSoon;
        casesSoon += other.casesSoon;
    }

    boolean isEmpty() {
        return received == 0 && open == 0;
    }

    SlaReport.Figures figures(@Nullable String key) {
        long firstContactBreaches = firstContactLate + firstContactOverdue + firstContactStoppedOverdue;
        long resolutionBreaches = resolutionLate + resolutionOverdue + resolutionStoppedOverdue;
        long regulatorBreaches = regulatorLate + regulatorOverdue + regulatorStoppedOverdue;
        return new SlaReport.Figures(key, received,
                SlaReport.Ratio.of(firstContactOnTime, firstContactOnTime + firstContactBreaches),
                SlaReport.Ratio.of(resolutionOnTime, resolutionOnTime + resolutionBreaches),
                SlaReport.Ratio.of(regulatorOnTime, regulatorOnTime + regulatorBreaches),
                open,
                new SlaReport.AboutToBreach(casesSoon, firstContactSoon, resolutionSoon, regulatorSoon),
                new SlaReport.Clocks(firstContactOverdue, resolutionOverdue, regulatorOverdue),
                new SlaReport.Clocks(firstContactBreaches, resolutionBreaches, regulatorBreaches),
                times(firstContactTimes), times(resolutionTimes),
                SlaReport.Ratio.of(satisfied, satisfied + dissatisfied),
                SlaReport.Ratio.of(proxyDriven, received),
                SlaReport.Ratio.of(repeats, received));
    }

    private static SlaReport.Times times(DurationHistogram histogram) {
        return new SlaReport.Times(histogram.count(), histogram.percentileSeconds(50),
                histogram.percentileSeconds(90));
    }
}
