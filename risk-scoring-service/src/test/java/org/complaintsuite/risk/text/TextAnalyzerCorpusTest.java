package org.complaintsuite.risk.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzer's results on a fixed corpus, recorded once: the texts of the evaluation set (seed 20251011, 600
 * complaints, simplified as intake does), a sample of the benchmark's synthetic texts (seed 20251001) and every
 * example of {@link TextAnalyzerTest}. A change of rule code that should change no result fails here first. The
 * lexicon's rules alone, as recorded: the dissatisfaction model has its own tests ({@link DissatisfactionTest}).
 */
class TextAnalyzerCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TextAnalyzer analyzer = new TextAnalyzer(Lexicons.load().all(), null);

    @Test
    void everyTextOfTheCorpusGetsTheSignalsScoresAndEvidenceRecordedForIt() throws IOException {
        List<JsonNode> corpus = corpus();

        assertThat(corpus).hasSizeGreaterThan(1000);
        for (JsonNode entry : corpus) {
            String text = entry.get("text").asString();
            ObjectNode actual = JSON.valueToTree(analyzer.analyze(text));
            // recorded before the dissatisfaction model; the lexicon's rules alone read none
            assertThat(actual.remove("reading").get("probability").asDouble()).isZero();
            assertThat((JsonNode) actual).as(text).isEqualTo(entry.get("analysis"));
        }
    }

    private static List<JsonNode> corpus() throws IOException {
        try (InputStream in = TextAnalyzerCorpusTest.class.getResourceAsStream("/text/analyzer-corpus.jsonl")) {
            assertThat(in).as("text/analyzer-corpus.jsonl").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .map(JSON::readTree).toList();
        }
    }
}
