package org.complaintsuite.intake.normalize;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.complaintsuite.model.Channel;

/**
 * Complaint ids are derived, never drawn: the same channel and external reference (callId, chat sessionId,
 * regulator caseNumber) always give the same id, so a complaint sent twice, or re-consumed, stays one complaint.
 */
public final class ComplaintIds {

    private ComplaintIds() {
    }

    public static String of(Channel channel, String externalReference) {
        String name = channel.name() + ':' + externalReference.strip();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
