package org.complaintsuite.intake.normalize;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Utterance;
import org.complaintsuite.support.text.CustomerText;
import org.complaintsuite.support.text.StorableText;

/**
 * The turns of a call or chat as an agent reads them back: who spoke, in the channels' many spellings, and the words
 * normalized (NFKC, no control characters) but left in the characters the customer used.
 */
public final class Conversations {

    private static final Set<String> CUSTOMER = Set.of("CUSTOMER", "CALLER", "USER", "客户", "用户");
    private static final Set<String> AGENT = Set.of("AGENT", "STAFF", "SERVICE", "坐席", "客服");
    private static final Set<String> BOT = Set.of("BOT", "ROBOT", "IVR", "机器人");
    static final int AGENT_ID_LENGTH = 64;

    private Conversations() {
    }

    public static Utterance.Speaker speaker(@Nullable String label) {
        if (label == null) {
            return Utterance.Speaker.OTHER;
        }
        String name = label.strip().toUpperCase(Locale.ROOT);
        if (CUSTOMER.contains(name)) {
            return Utterance.Speaker.CUSTOMER;
        }
        if (AGENT.contains(name)) {
            return Utterance.Speaker.AGENT;
        }
        return BOT.contains(name) ? Utterance.Speaker.BOT : Utterance.Speaker.OTHER;
    }

    /**
     * A turn as the suite keeps it: the speaker read from the channel's label, the words normalized, and the agent's
     * id on an agent's turn only (stripped; blank is none).
     */
    public static Utterance utterance(@Nullable String label, @Nullable Instant at, @Nullable String text,
            @Nullable String agentId) {
        Utterance.Speaker speaker = speaker(label);
        return new Utterance(speaker, at, words(text), speaker == Utterance.Speaker.AGENT ? agentId(agentId) : null);
    }

    /**
     * An agent's id as the suite keeps it: normalized (NFKC, no control characters), stripped, storable; null when
     * nothing is left or it is longer than {@value #AGENT_ID_LENGTH} characters (no id is: it would not be the
     * telephony platform's).
     */
    public static @Nullable String agentId(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String id = StorableText.of(CustomerText.normalize(raw)).strip();
        return id.isEmpty() || id.length() > AGENT_ID_LENGTH ? null : id;
    }

    /** The words of a turn, or null when nothing is left of them once normalized. */
    public static @Nullable String words(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String words = CustomerText.normalize(text);
        return words.isBlank() ? null : words;
    }
}
