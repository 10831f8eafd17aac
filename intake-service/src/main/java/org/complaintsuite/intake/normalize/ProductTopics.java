package org.complaintsuite.intake.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.complaintsuite.model.ProductTopic;
import org.complaintsuite.support.text.CustomerText;

/**
 * The product topics of a customer's words (溯源): every topic one of whose words the text contains, in the order of
 * {@link ProductTopic}. The words are a list in {@value #RESOURCE}; about a hundred of them, so a plain search per
 * word is fast enough and needs no automaton. The text is read simplified and lower-cased, so 提前還款 and APP count.
 */
public final class ProductTopics {

    static final String RESOURCE = "lexicons/product-topics.txt";

    private static final Map<ProductTopic, List<String>> WORDS = load();

    private ProductTopics() {
    }

    public static List<ProductTopic> of(String customerWords) {
        return ofSimplified(CustomerText.simplified(customerWords));
    }

    /** As {@link #of}, for words already {@linkplain CustomerText#simplified simplified} (intake's customer text). */
    public static List<ProductTopic> ofSimplified(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        return WORDS.entrySet().stream()
                .filter(topic -> topic.getValue().stream().anyMatch(text::contains))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<ProductTopic, List<String>> load() {
        Map<ProductTopic, List<String>> words = new EnumMap<>(ProductTopic.class);
        try (InputStream in = Objects.requireNonNull(ProductTopics.class.getClassLoader().getResourceAsStream(RESOURCE),
                RESOURCE); BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\\s+");
                words.put(ProductTopic.valueOf(parts[0]), List.of(parts).subList(1, parts.length));
            });
        }
        catch (IOException failed) {
            throw new UncheckedIOException(RESOURCE, failed);
        }
        if (words.size() != ProductTopic.values().length) {
            throw new IllegalStateException(RESOURCE + " lacks words for some product topics");
        }
        return words;
    }
}
