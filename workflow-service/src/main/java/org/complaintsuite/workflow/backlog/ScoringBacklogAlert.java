package org.complaintsuite.workflow.backlog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.workflow.inbox.InboxService;

/**
 * Tells operations, in their inbox, that risk scoring has fallen behind past {@code workflow.backlog.alert-after}.
 * The alert's identity is the episode's (when its oldest waiting case was opened), so instances that each see the
 * same episode put one alert in the inbox between them.
 */
@Component
class ScoringBacklogAlert {

    static final String KIND = "SCORING_BACKLOG";

    private final InboxService inbox;

    ScoringBacklogAlert(InboxService inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void alertOperations(ScoringBacklogDetected backlog) {
        UUID episode = UUID.nameUUIDFromBytes((KIND + ":" + backlog.since()).getBytes(StandardCharsets.UTF_8));
        inbox.alertOperations(episode, KIND, null, "%d case(s) wait for risk scoring; the oldest has waited %d min"
                .formatted(backlog.count(), backlog.age().toMinutes()));
    }
}
