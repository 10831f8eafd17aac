package org.complaintsuite.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One turn of the conversation a complaint came from: a segment of a call's transcript or a chat message, in the
 * order it was said. Kept so that an agent reads the exchange as it happened, not only the customer's words.
 *
 * @param speaker who spoke
 * @param at      when it was said: call start plus the segment's offset, or the chat message's time; null when the
 *                channel did not say
 * @param text    the words, Unicode NFKC with control characters removed (not turned into simplified characters: the
 *                agent reads them as written)
 * @param agentId for an agent's turn, the agent's id as the channel gives it (the call's {@code agentId}, a chat
 *                message's); null otherwise, when the channel did not say, and in events from before it was added.
 *                Quality checks of agents' words report their findings to this agent's supervisor.
 */
public record Utterance(Speaker speaker, @Nullable Instant at, String text, @Nullable String agentId) {

    /** A turn without an agent id: the customer's, the bot's, or an agent's the channel did not name. */
    public Utterance(Speaker speaker, @Nullable Instant at, String text) {
        this(speaker, at, text, null);
    }

    /** Who spoke, as the channels name them (CUSTOMER/CALLER/USER/客户, AGENT/坐席, BOT, anything else). */
    public enum Speaker {
        CUSTOMER, AGENT, BOT, OTHER
    }
}
