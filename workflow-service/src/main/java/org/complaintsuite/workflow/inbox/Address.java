package org.complaintsuite.workflow.inbox;

import org.complaintsuite.support.security.Role;

/**
 * Where an inbox item goes: an audience and its recipient (a user name for {@link Audience#USER}, a role such as
 * {@code OPERATIONS} for {@link Audience#ROLE}, a specialist group otherwise).
 */
public record Address(Audience audience, String recipient) {

    /** Everyone with the OPERATIONS role. */
    public static final Address OPERATIONS = new Address(Audience.ROLE, Role.OPERATIONS.name());

    /** The address as the database matches it ({@code inbox_item.address}), e.g. {@code GROUP:FEES}. */
    public String key() {
        return audience.name() + ":" + recipient;
    }
}
