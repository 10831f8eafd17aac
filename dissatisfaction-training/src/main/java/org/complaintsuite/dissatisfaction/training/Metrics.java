package org.complaintsuite.dissatisfaction.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well scores separate dissatisfied from other sentences.
 *
 * @param sentences    how many were scored
 * @param dissatisfied how many of them are labelled dissatisfied
 * @param rocAuc       the probability that a dissatisfied sentence scores above another one (ties count half)
 * @param precision    of the sentences scored at or above the threshold, the share labelled dissatisfied
 * @param recall       of the dissatisfied sentences, the share scored at or above the threshold
 * @param brier        mean squared difference between the probability and the label (0 is perfect)
 * @param calibration  expected calibration error: over ten equal-width bins of probability, the mean gap between the
 *                     bin's mean probability and its share of dissatisfied sentences, weighted by the bin's size
 */
record Metrics(int sentences, int dissatisfied, double rocAuc, double precision, double recall, double brier,
        double calibration) {

    private static final int BINS = 10;

    /** One scored sentence. */
    record Scored(double probability, boolean dissatisfied) {
    }

    static Metrics of(List<Scored> scored, double threshold) {
        int positives = (int) scored.stream().filter(Scored::dissatisfied).count();
        int flagged = 0;
        int hits = 0;
        double brier = 0;
        for (Scored s : scored) {
            boolean flag = s.probability() >= threshold;
            flagged += flag ? 1 : 0;
            hits += flag && s.dissatisfied() ? 1 : 0;
            double error = s.probability() - (s.dissatisfied() ? 1 : 0);
            brier += error * error;
        }
        return new Metrics(scored.size(), positives, rocAuc(scored, positives),
                flagged == 0 ? 0 : (double) hits / flagged, positives == 0 ? 0 : (double) hits / positives,
                scored.isEmpty() ? 0 : brier / scored.size(), calibrationError(scored));
    }

    /** Mann-Whitney: ranks with ties averaged. */
    static double rocAuc(List<Scored> scored, int positives) {
        int negatives = scored.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        Scored[] sorted = scored.toArray(Scored[]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(Scored::probability));
        double rankSum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j].probability() == sorted[i].probability()) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                rankSum += sorted[k].dissatisfied() ? rank : 0;
            }
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static double calibrationError(List<Scored> scored) {
        double[] probability = new double[BINS];
        double[] label = new double[BINS];
        int[] count = new int[BINS];
        for (Scored s : scored) {
            int bin = Math.min(BINS - 1, (int) (s.probability() * BINS));
            probability[bin] += s.probability();
            label[bin] += s.dissatisfied() ? 1 : 0;
            count[bin]++;
        }
        double error = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (count[bin] > 0) {
                error += Math.abs(probability[bin] - label[bin]) / scored.size();
            }
        }
        return error;
    }
}
