package org.complaintsuite.dissatisfaction.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;

/** The model's figures per part of the corpus, as a Markdown table; and settings compared on the calibration part. */
final class Evaluation {

    static final double THRESHOLD = 0.5;

    private Evaluation() {
    }

    static Metrics metrics(DissatisfactionModel model, List<LabelledText> texts) {
        return Metrics.of(texts.stream()
                .map(text -> new Metrics.Scored(model.read(text.text()).probability(), text.dissatisfied()))
                .toList(), THRESHOLD);
    }

    static String report(DissatisfactionModel model, Map<CorpusSplit.Part, List<LabelledText>> parts) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Dissatisfaction model: %,d n-grams; threshold %.2f for precision and "
                + "recall%n%n", model.features(), THRESHOLD));
        out.append("| part | sentences | dissatisfied | ROC AUC | precision | recall | Brier | calibration error |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var part : parts.entrySet()) {
            Metrics m = metrics(model, part.getValue());
            out.append(String.format(Locale.ROOT, "| %s%s | %,d | %,d | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    part.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    part.getKey() == CorpusSplit.Part.TRAIN ? " (trained on)" : "", m.sentences(), m.dissatisfied(),
                    m.rocAuc(), m.precision(), m.recall(), m.brier(), m.calibration()));
        }
        return out.toString();
    }

    /** Each setting trained on TRAIN and measured on CALIBRATION: the only part choices are made on. */
    static String tuning(Map<CorpusSplit.Part, List<LabelledText>> parts) {
        StringBuilder out = new StringBuilder("| epochs | learning rate | min sentences | calibration ROC AUC | "
                + "Brier |\n| ---: | ---: | ---: | ---: | ---: |\n");
        for (int epochs : new int[] {3, 5, 10}) {
            for (double rate : new double[] {0.1, 0.5, 1.0}) {
                for (int minSentences : new int[] {2, 3, 5}) {
                    var settings = new ModelTraining.Settings(epochs, rate, minSentences,
                            ModelTraining.Settings.SHIPPED.seed());
                    TrainedModel trained = ModelTraining.train(parts.get(CorpusSplit.Part.TRAIN),
                            parts.get(CorpusSplit.Part.CALIBRATION), settings);
                    Metrics m = metrics(trained.model(), parts.get(CorpusSplit.Part.CALIBRATION));
                    out.append(String.format(Locale.ROOT, "| %d | %.1f | %d | %.4f | %.4f |%n", epochs, rate,
                            minSentences, m.rocAuc(), m.brier()));
                }
            }
        }
        return out.toString();
    }
}
