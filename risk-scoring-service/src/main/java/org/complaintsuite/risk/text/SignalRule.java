package org.complaintsuite.risk.text;

import java.util.Map;

import org.complaintsuite.model.TopicSignal;

/**
 * The rules that turn a keyword list into an escalation signal, in the order their signals are reported. Weights: an
 * explicit threat to go to a regulator, the media, a court, the police or the government is by itself HIGH (60)
 * because it names the escalation we predict; emotion adds to it; words of despair are HIGH alone, because they must
 * reach a person quickly. Topics and vulnerability are context, not escalation ({@link SignalCaps}).
 * <p>
 * How each kind of rule reads its words ({@link Kind}) is decided in {@link TextAnalyzer}; what a rule weighs, how
 * much emotion it shows and whether that emotion is strong is decided here, constant by constant.
 */
enum SignalRule {

    REGULATOR_THREAT(Kind.THREAT, "threatens to complain to a regulator", Lexicons.THREAT_REGULATOR, 60),
    MEDIA_THREAT(Kind.THREAT, "threatens media exposure", Lexicons.THREAT_MEDIA, 60),
    LEGAL_THREAT(Kind.THREAT, "threatens legal action", Lexicons.THREAT_LEGAL, 60),
    POLICE_THREAT(Kind.THREAT, "threatens to call the police", Lexicons.THREAT_POLICE, 60),
    PETITION_THREAT(Kind.THREAT, "threatens to petition the government", Lexicons.THREAT_PETITION, 60),
    /**
     * A vow to pursue it to the end (投诉到底, 维权到底, 讨个说法) names no venue, so it is not HIGH alone (50); one more
     * sign of any kind (anger, distress, a sensitive topic, an earlier complaint, a regulator transfer) makes it HIGH.
     */
    ESCALATION_INTENT(Kind.VOW, "vows to keep complaining until satisfied", Lexicons.THREAT_PERSISTENCE, 50),
    DESPAIR(Kind.EMOTION, "words of despair or self-harm", Lexicons.EMOTION_DESPAIR, 60, 2.0),
    /** Several signs of distress at once are acute: 心慌手抖，整夜合不上眼. */
    DISTRESS(Kind.EMOTION, "acute distress: anxiety, sleeplessness, panic", Lexicons.EMOTION_DISTRESS, 25, 1.5) {
        @Override
        int weight(Map<String, Double> words) {
            return Math.min(DISTRESS_MAX_WEIGHT, weight + FURTHER_DISTRESS_WEIGHT * (words.size() - 1));
        }
    },
    /** Counts once per distinct word, a mild one two thirds; strong from one full word on (非常失望 counts as one). */
    ANGER(Kind.CAPPED_EMOTION, "anger or strong dissatisfaction", Lexicons.EMOTION_ANGER, 12, 1.0) {
        @Override
        double strength(KeywordMatcher.Match match) {
            return match.lists().contains(Lexicons.EMOTION_ANGER_MILD) ? MILD_ANGER : 1.0;
        }

        @Override
        int weight(Map<String, Double> words) {
            return (int) Math.min(ANGER_MAX_WEIGHT, Math.round(weight * sum(words)));
        }

        @Override
        boolean strong(Map<String, Double> words) {
            return sum(words) >= 0.99;
        }
    },
    INSULT(Kind.CAPPED_EMOTION, "insults the firm or its staff", Lexicons.EMOTION_INSULT, 15, 1.5),
    ABUSIVE_COLLECTION(TopicSignal.ABUSIVE_COLLECTION, "abusive debt collection", Lexicons.TOPIC_ABUSIVE_COLLECTION,
            20),
    PRIVACY(TopicSignal.PRIVACY, "privacy or personal-data leak", Lexicons.TOPIC_PRIVACY, 15),
    CREDIT_REPORT(TopicSignal.CREDIT_REPORT, "credit report", Lexicons.TOPIC_CREDIT_REPORT, 10),
    FEES(TopicSignal.FEES, "fees or interest", Lexicons.TOPIC_FEES, 10),
    VULNERABLE_CUSTOMER(Kind.CONTEXT, "a vulnerable customer (age, illness, disability, unemployment)",
            Lexicons.VULNERABLE, 15);

    /** How a rule's words are read. */
    enum Kind {
        /** Names a venue: negatable, not the customer's when reported, needs an action, may be already done. */
        THREAT,
        /** Pursue it to the end: negatable, not the customer's when reported. */
        VOW,
        /** Negatable; a degree adverb right before raises it by half. */
        EMOTION,
        /** An {@link #EMOTION} that a diminisher cancels and {@link SignalCaps} caps with emphatic punctuation. */
        CAPPED_EMOTION,
        /** A sensitive topic or the customer's vulnerability: neither negated nor intensified, capped together. */
        CONTEXT;

        boolean negatable() {
            return this != CONTEXT;
        }

        boolean emotion() {
            return this == EMOTION || this == CAPPED_EMOTION;
        }
    }

    /** An anger word of {@code emotion-anger-mild.txt} counts this much of one (非常失望 counts as one). */
    static final double MILD_ANGER = 2.0 / 3;
    /** Anger counts once per distinct word, up to this. */
    static final int ANGER_MAX_WEIGHT = 30;
    /** Each further distinct word of distress adds this, up to {@link #DISTRESS_MAX_WEIGHT}. */
    static final int FURTHER_DISTRESS_WEIGHT = 15;
    static final int DISTRESS_MAX_WEIGHT = 60;

    private final String code;
    private final Kind kind;
    private final String description;
    private final String lexicon;
    /** The weight of one word; {@link #weight(Map)} may make more of several. */
    final int weight;
    /** What one word adds to {@code negativeEmotion}'s sum: 0 for threats, vows and context. */
    private final double emotionPerWord;

    /** A threat, a vow or context: no emotion. */
    SignalRule(Kind kind, String description, String lexicon, int weight) {
        this(kind, description, lexicon, weight, 0.0);
    }

    /** An emotion, whose words add {@code emotionPerWord} each to {@code negativeEmotion}. */
    SignalRule(Kind kind, String description, String lexicon, int weight, double emotionPerWord) {
        this(null, kind, description, lexicon, weight, emotionPerWord);
    }

    /** A sensitive topic, reported under the code that common-model's {@link TopicSignal} gives it. */
    SignalRule(TopicSignal topic, String description, String lexicon, int weight) {
        this(topic, Kind.CONTEXT, description, lexicon, weight, 0.0);
    }

    SignalRule(TopicSignal topic, Kind kind, String description, String lexicon, int weight, double emotionPerWord) {
        this.code = topic == null ? name() : topic.code();
        this.kind = kind;
        this.description = description;
        this.lexicon = lexicon;
        this.weight = weight;
        this.emotionPerWord = emotionPerWord;
    }

    String code() {
        return code;
    }

    Kind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    String lexicon() {
        return lexicon;
    }

    /** How much one occurrence counts before intensifiers. */
    double strength(KeywordMatcher.Match match) {
        return 1.0;
    }

    /** The signal's weight, before caps, from each distinct word found and its strongest count. */
    int weight(Map<String, Double> words) {
        return weight;
    }

    /** What the words add to {@code negativeEmotion}'s sum, given their summed counts. */
    double emotion(double words) {
        return emotionPerWord * words;
    }

    /** Whether the words show more than mild dissatisfaction: any emotion but mild anger does. */
    boolean strong(Map<String, Double> words) {
        return kind.emotion();
    }

    static double sum(Map<String, Double> words) {
        return words.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
