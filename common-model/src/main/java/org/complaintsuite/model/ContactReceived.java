package org.complaintsuite.model;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An ordinary service contact: a call or chat that intake did not take as a complaint (the agent did not flag the
 * call, the chat had no complaint tag, and the customer did not say they want to complain). Published to
 * {@link Topics#CONTACTS_RECEIVED} for the prevention layer, which reads dissatisfaction before it becomes a
 * complaint; it opens no complaint case.
 *
 * @param contact           the contact normalized exactly as a complaint would be; its {@code complaintId} is the
 *                          contact's id (derived from channel and external reference like a complaint's, so the same
 *                          call sent again keeps it, and becomes that complaint's id if it is sent again as one)
 * @param agentId           the agent who took the call, when the channel says
 * @param durationSeconds   how long the call lasted, when the channel says
 * @param notComplaintBecause why intake did not take it as a complaint
 */
public record ContactReceived(
        ComplaintReceived contact,
        @Nullable String agentId,
        @Nullable Integer durationSeconds,
        String notComplaintBecause) {

    public ContactReceived {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(notComplaintBecause, "notComplaintBecause");
    }

    public String contactId() {
        return contact.complaintId();
    }
}
