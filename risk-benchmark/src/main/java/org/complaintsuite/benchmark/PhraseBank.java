package org.complaintsuite.benchmark;

import java.util.SplittableRandom;
import java.util.regex.Matcher;

/**
 * Synthetic complaint texts in simplified Chinese, as customers of a consumer-finance firm write them: ten topics,
 * each with its own clause templates, filled from shared slot lists, so that unrelated complaints are dissimilar
 * (different clauses, different fillings) while topic words (催收, 利息, 征信...) recur. Lengths run from a dozen
 * characters to 400. Proxy agencies' complaints come from per-agency templates: near-duplicates within an agency,
 * only loosely alike across agencies ({@link AgencyPhrases}). The words are in {@link PhraseSlots} and
 * {@link PhraseTopics}.
 */
final class PhraseBank {

    private PhraseBank() {
    }

    static final int MAX_LENGTH = 400;

    // ------------------------------------------------------------------------------------------------ ordinary texts

    /** A customer's own complaint: one topic mostly, sometimes two, of a length drawn from a skewed distribution. */
    static String customerText(SplittableRandom r) {
        int lengthClass = r.nextInt(100);
        if (lengthClass < 8) {
            // very short: never compared (fewer than 20 significant characters)
            return PhraseSlots.pick(r, PhraseTopics.SHORT) + (r.nextBoolean() ? "！" : "");
        }
        int clauses = lengthClass < 20 ? 1 : lengthClass < 70 ? 2 + r.nextInt(3) : lengthClass < 94 ? 5 + r.nextInt(5)
                : 10 + r.nextInt(8);
        PhraseTopics.Topic topic = PhraseTopics.TOPICS[r.nextInt(PhraseTopics.TOPICS.length)];
        PhraseTopics.Topic second = r.nextInt(4) == 0 ? PhraseTopics.TOPICS[r.nextInt(PhraseTopics.TOPICS.length)] : topic;
        StringBuilder text = new StringBuilder();
        if (clauses == 1 || r.nextInt(2) == 0) {
            text.append(PhraseSlots.fill(r, PhraseSlots.pick(r, PhraseTopics.OPENINGS), 1.0)).append("，");
        }
        for (int i = 0; i < clauses; i++) {
            text.append(clause(r, i % 3 == 2 ? second : topic, clauses == 1));
            int extra = clauses == 1 ? r.nextInt(3) : r.nextInt(10);
            if (extra == 0) {
                text.append("，").append(PhraseSlots.fill(r, "{feeling}", 1.0));
            }
            else if (extra == 1) {
                text.append("，").append(PhraseSlots.fill(r, "{demand}", 1.0));
            }
            else if (extra == 2) {
                text.append("，").append(PhraseSlots.fill(r, "{cause}", 1.0));
            }
            text.append(i == clauses - 1 ? "" : r.nextInt(3) == 0 ? "。" : "，");
        }
        if (clauses > 1 && r.nextInt(3) == 0) {
            text.append("，").append(PhraseSlots.fill(r, "{demand}", 1.0));
        }
        if (r.nextInt(7) == 0) {
            text.append("，").append(PhraseSlots.fill(r, "{threat}", 1.0));
        }
        if (clauses > 2 && r.nextInt(3) == 0) {
            text.append("。").append(PhraseSlots.pick(r, PhraseTopics.CLOSINGS));
        }
        text.append(r.nextInt(4) == 0 ? "！" : "。");
        return cap(text.toString());
    }

    static String clause(SplittableRandom r, PhraseTopics.Topic topic, boolean only) {
        String pattern = only ? "{W}{S}{ADV}{A}{O}，{D}" : PhraseSlots.pick(r, PhraseTopics.PATTERNS);
        StringBuilder out = new StringBuilder();
        Matcher matcher = PhraseSlots.SLOT.matcher(pattern);
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "S" -> PhraseSlots.pick(r, topic.subjects());
                case "A" -> PhraseSlots.pick(r, topic.acts());
                case "O" -> PhraseSlots.pick(r, topic.objects());
                case "D" -> PhraseSlots.pick(r, topic.details());
                case "ADV" -> PhraseSlots.pick(r, PhraseTopics.ADVERBS);
                case "M" -> PhraseSlots.pick(r, PhraseTopics.MARKERS);
                case "W" -> "{when}";
                default -> matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return PhraseSlots.fill(r, out.toString(), 1.0);
    }

    /** What a call-center agent writes after a call: short, third person. */
    static String agentSummary(SplittableRandom r) {
        PhraseTopics.Topic topic = PhraseTopics.TOPICS[r.nextInt(PhraseTopics.TOPICS.length)];
        return "客户来电反映" + clause(r, topic, false) + "，" + PhraseSlots.fill(r, "{demand}", 1.0)
                + "。";
    }

    static String demands(SplittableRandom r) {
        return PhraseSlots.fill(r, "{demand}", 1.0);
    }

    static String personName(SplittableRandom r) {
        return PhraseSlots.pick(r, PhraseSlots.SLOTS.get("person"))
                + PhraseSlots.pick(r, PhraseSlots.SLOTS.get("given"));
    }

    static String city(SplittableRandom r) {
        return PhraseSlots.pick(r, PhraseSlots.SLOTS.get("city"));
    }

    static String cap(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "。";
    }
}
