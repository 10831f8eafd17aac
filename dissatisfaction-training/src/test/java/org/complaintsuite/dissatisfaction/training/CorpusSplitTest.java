package org.complaintsuite.dissatisfaction.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CorpusSplitTest {

    @Test
    void sentencesAboutBooksAreTheOtherDomainWhateverTheirDigest() {
        assertThat(CorpusSplit.of("这本书的作者写得很差")).isEqualTo(CorpusSplit.Part.OTHER_DOMAIN);
        assertThat(CorpusSplit.of("小说太长了")).isEqualTo(CorpusSplit.Part.OTHER_DOMAIN);
        assertThat(CorpusSplit.of("房间很干净")).isNotEqualTo(CorpusSplit.Part.OTHER_DOMAIN);
    }

    @Test
    void theSameSentenceAlwaysLandsInTheSamePart() {
        assertThat(CorpusSplit.of("房间很干净")).isEqualTo(CorpusSplit.of("房间很干净"));
        assertThat(CorpusSplit.bucket("房间很干净")).isBetween(0, 99);
    }

    @Test
    void theCorpusSplitsSeventyFifteenFifteenOutsideTheOtherDomain() throws IOException {
        List<LabelledText> texts = Corpus.read(repositoryRoot().resolve(Corpus.DEFAULT));
        Map<CorpusSplit.Part, List<LabelledText>> parts = Corpus.split(texts);
        int rest = texts.size() - parts.get(CorpusSplit.Part.OTHER_DOMAIN).size();

        assertThat(texts).hasSize(35_123); // 35,124 lines, one of them blank
        assertThat((double) parts.get(CorpusSplit.Part.TRAIN).size() / rest).isCloseTo(0.70, within(0.01));
        assertThat((double) parts.get(CorpusSplit.Part.TEST).size() / rest).isCloseTo(0.15, within(0.01));
        assertThat(parts.get(CorpusSplit.Part.OTHER_DOMAIN).size()).isGreaterThan(5_000);
    }

    /** Maven runs the tests in the module's directory. */
    static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
