package org.complaintsuite.workflow.inbox;

/**
 * Where an inbox item goes: an audience and its recipient (a user name for {@link Audience#USER}, a specialist group
 * otherwise).
 */
public record Address(Audience audience, String recipient) {

    /** The address as the database matches it ({@code inbox_item.address}), e.g. {@code GROUP:FEES}. */
    public String key() {
        return audience.name() + ":" + recipient;
    }
}
