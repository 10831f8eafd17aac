package org.complaintsuite.dissatisfaction.training;

/**
 * Platt scaling: the {@code a} and {@code c} of {@code p = 1 / (1 + e^-(a·margin + c))} that minimise the log loss on
 * labelled margins, by Newton's method, with Platt's smoothed targets so that a perfectly separated set does not drive
 * them to infinity.
 */
final class PlattScaling {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private PlattScaling() {
    }

    /** {@code {a, c}}. */
    static double[] fit(double[] margins, boolean[] labels) {
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        int negatives = labels.length - positives;
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double a = 1;
        double c = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double ga = 0;
            double gc = 0;
            double haa = 1e-12;
            double hac = 0;
            double hcc = 1e-12;
            for (int i = 0; i < margins.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * margins[i] + c)));
                double target = labels[i] ? high : low;
                double d = p - target;
                double w = p * (1 - p);
                ga += d * margins[i];
                gc += d;
                haa += w * margins[i] * margins[i];
                hac += w * margins[i];
                hcc += w;
            }
            double determinant = haa * hcc - hac * hac;
            double stepA = (hcc * ga - hac * gc) / determinant;
            double stepC = (haa * gc - hac * ga) / determinant;
            a -= stepA;
            c -= stepC;
            if (Math.abs(stepA) + Math.abs(stepC) < TOLERANCE) {
                break;
            }
        }
        return new double[] {a, c};
    }
}
