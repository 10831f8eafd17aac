package org.complaintsuite.dissatisfaction.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model the suite ships: what the training command makes from the corpus, and as good as the issue asks on text it
 * was not trained on (the held-out sentences and a domain it never saw).
 */
class ShippedModelTest {

    private static Map<CorpusSplit.Part, List<LabelledText>> parts;
    private static final DissatisfactionModel SHIPPED = DissatisfactionModel.shipped();

    @BeforeAll
    static void readTheCorpus() throws IOException {
        parts = Corpus.split(Corpus.read(CorpusSplitTest.repositoryRoot().resolve(Corpus.DEFAULT)));
    }

    @Test
    void onHeldOutSentencesItSeparatesDissatisfiedFromOtherWithAnAucOfAtLeast088() {
        Metrics test = Evaluation.metrics(SHIPPED, parts.get(CorpusSplit.Part.TEST));

        assertThat(test.rocAuc()).isGreaterThanOrEqualTo(0.88);
        assertThat(test.calibration()).isLessThan(0.05);
    }

    @Test
    void onADomainItNeverSawItSeparatesThemWithAnAucOfAtLeast088() {
        Metrics otherDomain = Evaluation.metrics(SHIPPED, parts.get(CorpusSplit.Part.OTHER_DOMAIN));

        assertThat(otherDomain.rocAuc()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theShippedFileIsWhatTheTrainingCommandMakes(@TempDir Path directory) throws IOException {
        Path trained = directory.resolve("trained.model.gz");

        ModelTraining.train(parts.get(CorpusSplit.Part.TRAIN), parts.get(CorpusSplit.Part.CALIBRATION),
                ModelTraining.Settings.SHIPPED).write(trained);

        assertThat(trained).hasSameBinaryContentAs(CorpusSplitTest.repositoryRoot()
                .resolve(DissatisfactionTool.SHIPPED_SOURCE));
    }
}
