package org.complaintsuite.dissatisfaction.training;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelTrainingTest {

    private static List<LabelledText> training;
    private static List<LabelledText> calibration;

    @BeforeAll
    static void readPartOfTheCorpus() throws IOException {
        var parts = Corpus.split(Corpus.read(CorpusSplitTest.repositoryRoot().resolve(Corpus.DEFAULT)));
        training = parts.get(CorpusSplit.Part.TRAIN).stream().filter(text -> CorpusSplit.bucket(text.text()) < 20)
                .toList();
        calibration = parts.get(CorpusSplit.Part.CALIBRATION);
    }

    @Test
    void theWeightsTakenOutOfTribuoGiveTribuosOwnProbabilities() {
        LinearSGDModel tribuo = ModelTraining.fit(training, ModelTraining.Settings.SHIPPED);
        var weights = ModelTraining.Weights.of(tribuo);
        DissatisfactionModel uncalibrated = new DissatisfactionModel(weights.byGram(), weights.bias(), 1, 0);

        for (LabelledText text : calibration.subList(0, 200)) {
            double expected = tribuo.predict(ModelTraining.example(text.text(), ModelTraining.DISSATISFIED))
                    .getOutputScores().get(ModelTraining.DISSATISFIED.getLabel()).getScore();
            assertThat(uncalibrated.read(text.text()).probability()).as(text.text()).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void calibrationMakesTheProbabilitiesHonestOnTheSentencesItWasFittedOn() {
        TrainedModel trained = ModelTraining.train(training, calibration, ModelTraining.Settings.SHIPPED);

        Metrics metrics = Evaluation.metrics(trained.model(), calibration);

        assertThat(metrics.calibration()).isLessThan(0.05);
        assertThat(metrics.rocAuc()).isGreaterThan(0.80);
    }
}
