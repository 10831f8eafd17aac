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
 */
public record Utterance(Speaker speaker, @Nullable Instant at, String text) {

    /** Who spoke, as the channels name them (CUSTOMER/CALLER/USER/客户, AGENT/坐席, BOT, anything else). */
    public enum Speaker {
        CUSTOMER, AGENT, BOT, OTHER
    }
}
