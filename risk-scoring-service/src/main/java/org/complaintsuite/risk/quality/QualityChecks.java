package org.complaintsuite.risk.quality;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.model.Topics;

/**
 * Checks the agents' words of a poll of conversations (but the rules of {@code risk.quality.disabled-rules}) and
 * publishes what it finds to {@link Topics#QUALITY_FINDINGS},
 * one event per conversation with findings, then waits for the broker to take them all: a poll is done only once
 * its findings are published. Checking a conversation again finds the same findings with the same ids, so a
 * redelivered poll publishes nothing workflow does not recognise.
 */
@Service
public class QualityChecks {

    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final AgentWording rules = AgentWording.load();
    private final Set<String> disabledRules;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;

    QualityChecks(QualityProperties properties, KafkaTemplate<String, Object> kafka, Clock clock) {
        this.disabledRules = Set.copyOf(properties.disabledRules());
        this.kafka = kafka;
        this.clock = clock;
    }

    /** @return the events published, one per conversation with findings */
    public List<QualityFindings> checkAndPublish(List<ComplaintReceived> conversations, QualityFindings.Kind kind)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<QualityFindings> published = new ArrayList<>();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (ComplaintReceived conversation : conversations) {
            List<QualityFinding> findings = rules.check(conversation.complaintId(), conversation.channel(),
                    conversation.conversation()).stream()
                    .filter(finding -> !disabledRules.contains(finding.rule())).toList();
            if (findings.isEmpty()) {
                continue;
            }
            var event = new QualityFindings(eventId(conversation.complaintId(), findings), clock.instant(),
                    conversation.complaintId(), kind, conversation.channel(), conversation.source(),
                    conversation.externalReference(), conversation.receivedAt(), findings);
            sends.add(kafka.send(Topics.QUALITY_FINDINGS, event.conversationId(), event));
            published.add(event);
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return published;
    }

    private static UUID eventId(String conversationId, List<QualityFinding> findings) {
        StringBuilder content = new StringBuilder(conversationId);
        findings.forEach(finding -> content.append(':').append(finding.findingId()));
        return UUID.nameUUIDFromBytes(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
