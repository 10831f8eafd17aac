package org.complaintsuite.risk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keyword lists the scorers read, one resource file each under {@code lexicons/} (one keyword per line,
 * {@code #} comments; each file's header says where its words came from). The team curates them as data: a change
 * of wording needs no change of code.
 */
public final class Lexicons {

    private final Map<String, Set<String>> lists;

    private Lexicons(Map<String, Set<String>> lists) {
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        lists.forEach((name, words) -> frozen.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(words))));
        this.lists = Collections.unmodifiableMap(frozen);
    }

    /** Every list, by name. */
    public Map<String, Set<String>> all() {
        return lists;
    }

    public static final String THREAT_REGULATOR = "threat-regulator";
    public static final String THREAT_MEDIA = "threat-media";
    public static final String THREAT_LEGAL = "threat-legal";
    public static final String THREAT_POLICE = "threat-police";
    public static final String THREAT_PETITION = "threat-petition";
    public static final String THREAT_PERSISTENCE = "threat-persistence";
    public static final String EMOTION_ANGER = "emotion-anger";
    public static final String EMOTION_ANGER_MILD = "emotion-anger-mild";
    public static final String EMOTION_DESPAIR = "emotion-despair";
    public static final String EMOTION_INSULT = "emotion-insult";
    public static final String EMOTION_DISTRESS = "emotion-distress";
    public static final String HEARSAY = "modifier-hearsay";
    public static final String THREAT_ACTION = "modifier-threat-action";
    public static final String DIMINISHER = "modifier-diminisher";
    public static final String INTENSIFIER = "modifier-intensifier";
    public static final String NEGATOR = "modifier-negator";
    public static final String TOPIC_ABUSIVE_COLLECTION = "topic-abusive-collection";
    public static final String TOPIC_CREDIT_REPORT = "topic-credit-report";
    public static final String TOPIC_FEES = "topic-fees";
    public static final String TOPIC_PRIVACY = "topic-privacy";
    public static final String VULNERABLE = "vulnerable-customer";
    public static final String AGENCY_PHRASE = "proxy-agency-phrase";

    private static final List<String> ALL = List.of(THREAT_REGULATOR, THREAT_MEDIA, THREAT_LEGAL, THREAT_POLICE,
            THREAT_PETITION, THREAT_PERSISTENCE, EMOTION_ANGER, EMOTION_ANGER_MILD, EMOTION_DESPAIR, EMOTION_INSULT, EMOTION_DISTRESS, INTENSIFIER, NEGATOR,
            HEARSAY, THREAT_ACTION, DIMINISHER, TOPIC_ABUSIVE_COLLECTION, TOPIC_CREDIT_REPORT, TOPIC_FEES, TOPIC_PRIVACY, VULNERABLE,
            AGENCY_PHRASE);

    /** Reads every list from the classpath. */
    public static Lexicons load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String name : ALL) {
            lists.put(name, read(name));
        }
        return new Lexicons(lists);
    }

    public static Set<String> read(String name) {
        String resource = "lexicons/" + name + ".txt";
        InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Lexicon " + resource + " is missing from the classpath");
        }
        Set<String> words = new LinkedHashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read lexicon " + resource, ex);
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("Lexicon " + resource + " is empty");
        }
        return words;
    }
}
