package org.complaintsuite.model;

/**
 * One piece of evidence behind a signal.
 *
 * @param kind  what {@code value} is
 * @param value the matched text, the linked complaint id, the shared identifier (masked where personal), or for
 *              {@code RING} the ring's id
 * @param start start offset of a matched span in the complaint's customer text, or -1 when not a span
 * @param end   end offset (exclusive) of a matched span, or -1 when not a span
 */
public record Evidence(Kind kind, String value, int start, int end) {

    public enum Kind {
        TEXT_SPAN, LINKED_COMPLAINT, IDENTIFIER, FACT, RING
    }

    public static Evidence span(String matched, int start) {
        return new Evidence(Kind.TEXT_SPAN, matched, start, start + matched.length());
    }

    public static Evidence fact(String description) {
        return new Evidence(Kind.FACT, description, -1, -1);
    }
}
