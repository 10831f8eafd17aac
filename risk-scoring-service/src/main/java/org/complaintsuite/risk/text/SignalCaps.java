package org.complaintsuite.risk.text;

/**
 * What several signals may weigh together. Topics and vulnerability are context, not escalation: together they add
 * at most {@value #TOPICS_MAX_WEIGHT}. Anger, insults and emphatic punctuation together add at most
 * {@value #EMOTION_MAX_WEIGHT}: an angry customer without a threat, despair or escalation context is MEDIUM. A
 * capped signal is listed with its evidence whatever its weight (an agent sees every topic raised), with what is left
 * of the cap, possibly 0. One instance per analysis: it counts down as signals take their share.
 */
final class SignalCaps {

    static final int TOPICS_MAX_WEIGHT = 20;
    static final int EMOTION_MAX_WEIGHT = 35;

    private int topicsLeft = TOPICS_MAX_WEIGHT;
    private int emotionLeft = EMOTION_MAX_WEIGHT;

    /** The weight a rule's signal gets, its share taken from the caps that apply to it. */
    int apply(SignalRule rule, int weight) {
        int capped = weight;
        if (rule.kind() == SignalRule.Kind.CONTEXT) {
            capped = Math.min(capped, topicsLeft);
            topicsLeft -= capped;
        }
        if (rule.kind() == SignalRule.Kind.CAPPED_EMOTION) {
            capped = Math.min(capped, emotionLeft);
            emotionLeft -= capped;
        }
        return capped;
    }

    /** The weight the model's {@code DISSATISFIED} gets: what the emotion cap has left (it comes last). */
    int dissatisfied(int weight) {
        return Math.min(weight, emotionLeft);
    }

    /** The weight emphatic punctuation gets: what the emotion cap has left (it takes after the lexicon's). */
    int emphatic(int weight) {
        return Math.min(weight, emotionLeft);
    }
}
