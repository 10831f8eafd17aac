package org.complaintsuite.workflow.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.workflow.audit.PersonalDataAccessLog;
import org.complaintsuite.workflow.inbox.Address;
import org.complaintsuite.workflow.inbox.Audience;
import org.complaintsuite.workflow.inbox.InboxService;
import org.complaintsuite.workflow.quality.AgentFinding.RosterEntry;
import org.complaintsuite.workflow.quality.AgentFinding.Verdict;

/**
 * Sends each quality finding to the agent's supervisor, once: the roster's supervisor of the agent, or, for an agent
 * not on the roster, the supervisors of {@code workflow.quality.unrostered-group}, told so. Keeps the findings for
 * review; every read of one (it quotes the agent's words, which may quote the customer) is in the personal-data
 * access log.
 */
@Service
public class QualityFindingService {

    static final String ALERT_KIND = "QC_FINDING";
    private static final Logger log = LoggerFactory.getLogger(QualityFindingService.class);

    private final QualityFindingStore store;
    private final InboxService inbox;
    private final QualityProperties properties;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    QualityFindingService(QualityFindingStore store, InboxService inbox, QualityProperties properties,
            PersonalDataAccessLog accessLog, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.properties = properties;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Stores the findings not held yet and alerts the supervisor of each; a redelivered event changes nothing. */
    @Transactional
    public int receive(QualityFindings event) {
        Instant now = clock.instant();
        int added = 0;
        // the findings of a conversation are mostly one agent's: each agent's supervisor is read once
        Map<String, Optional<String>> supervisors = new HashMap<>();
        for (QualityFinding finding : event.findings()) {
            Optional<String> supervisor = finding.agentId() == null ? Optional.empty()
                    : supervisors.computeIfAbsent(finding.agentId(), store::supervisorOf);
            if (!store.insert(event, finding, supervisor.orElse(null), now)) {
                continue;
            }
            added++;
            String group = properties.unrosteredGroup().name();
            Address to = supervisor.map(name -> new Address(Audience.USER, name))
                    .orElseGet(() -> new Address(Audience.GROUP_SUPERVISORS, group));
            inbox.alert(finding.findingId(), ALERT_KIND, finding.findingId().toString(), reason(event, finding,
                    supervisor.isPresent()), supervisor.isPresent() ? null : group, List.of(to));
        }
        return added;
    }

    /** A line without personal data: the rule, the agent, the channel and its reference. */
    private static String reason(QualityFindings event, QualityFinding finding, boolean rostered) {
        String agent = finding.agentId() == null ? "an agent the channel did not name" : "agent " + finding.agentId();
        return finding.category() + " " + finding.rule() + ": " + agent + " " + finding.description() + " ("
                + event.channel() + " " + event.externalReference() + ")"
                + (rostered ? "" : "; the agent is not on the roster");
    }

    @Transactional
    public List<AgentFinding> page(AgentFinding.Query query, String actor) {
        List<AgentFinding> findings = store.page(query);
        findings.forEach(finding -> accessLog.record(finding.conversationId(), actor,
                PersonalDataAccessLog.Action.READ_QUALITY_FINDING));
        return findings;
    }

    @Transactional
    public AgentFinding get(UUID findingId, String actor) {
        AgentFinding finding = find(findingId);
        accessLog.record(finding.conversationId(), actor, PersonalDataAccessLog.Action.READ_QUALITY_FINDING);
        return finding;
    }

    /** A supervisor's verdict on the finding, once; a second review is refused. */
    @Transactional
    public AgentFinding review(UUID findingId, Verdict verdict, @Nullable String note, String actor) {
        find(findingId);
        if (!store.review(findingId, verdict, note, actor, clock.instant())) {
            throw new ConflictException("Quality finding " + findingId + " has been reviewed already.");
        }
        log.info("Quality finding {} reviewed by {}: {}", findingId, actor, verdict);
        return get(findingId, actor);
    }

    @Transactional(readOnly = true)
    public List<RosterEntry> roster() {
        return store.roster();
    }

    @Transactional
    public RosterEntry putOnRoster(String agentId, String supervisor, String actor) {
        RosterEntry entry = store.putOnRoster(agentId, supervisor, actor, clock.instant());
        log.info("Agent {} reports to {} (roster changed by {})", agentId, supervisor, actor);
        return entry;
    }

    @Transactional
    public void removeFromRoster(String agentId, String actor) {
        if (!store.removeFromRoster(agentId)) {
            throw new NotFoundException("Agent " + agentId + " is not on the roster.");
        }
        log.info("Agent {} taken off the roster by {}", agentId, actor);
    }

    private AgentFinding find(UUID findingId) {
        return store.find(findingId).orElseThrow(() -> new NotFoundException("No quality finding " + findingId + "."));
    }
}
