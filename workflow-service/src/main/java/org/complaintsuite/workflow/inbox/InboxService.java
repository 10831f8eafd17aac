package org.complaintsuite.workflow.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.support.web.PageBounds;
import org.complaintsuite.workflow.inbox.webhook.WebhookOutbox;

/**
 * Stores each alert once, as one item per audience, with its webhook deliveries and a notification to every
 * instance, all in one transaction; and answers a reader's questions about their inbox.
 */
@Service
public class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);

    private final InboxStore store;
    private final Addressing addressing;
    private final WebhookOutbox webhooks;
    private final InboxProperties properties;
    private final Clock clock;

    InboxService(InboxStore store, WebhookOutbox webhooks, InboxProperties properties, Clock clock) {
        this.store = store;
        this.addressing = new Addressing(properties.supervisorsFromThreshold());
        this.webhooks = webhooks;
        this.properties = properties;
        this.clock = clock;
    }

    /** Puts the alert in its recipients' inboxes; an alert consumed before changes nothing. */
    @Transactional
    public void receive(SlaAlertRaised alert) {
        AlertChecks.check(alert);
        Instant now = clock.instant();
        Optional<Long> stored = store.recordAlert(alert, now);
        if (stored.isEmpty()) {
            log.debug("Alert {} is in the inbox already", alert.eventId());
            return;
        }
        long alertRowId = stored.get();
        List<Address> recipients = addressing.recipients(alert);
        recipients.forEach(address -> store.addItem(alertRowId, address, now));
        webhooks.enqueue(alertRowId, alert, now);
        store.notifyStored(alertRowId);
        log.debug("Alert {} of {} addressed to {}", alert.eventId(), alert.complaintId(), recipients);
    }

    /**
     * Puts an operations alert in the inbox of everyone with the OPERATIONS role (audience {@code ROLE}), live to the
     * connected ones; an alert with an event id stored before changes nothing, so a caller may derive the id from
     * what the alert is about and call again after a redelivery. No webhook: the robots are configured for SLA
     * alerts.
     *
     * @param eventId     the alert's identity
     * @param kind        what it is about, e.g. {@code ASSESSMENT_FAILED}
     * @param complaintId the complaint concerned, or null for an alert about the service as a whole
     * @param reason      a line for a person to read, with no personal data
     * @return whether the alert is new
     */
    @Transactional
    public boolean alertOperations(UUID eventId, String kind, @Nullable String complaintId, String reason) {
        return alert(eventId, kind, complaintId, reason, null, List.of(Address.OPERATIONS));
    }

    /**
     * Puts an alert that is not a case's SLA alert (no clock of a case) in these addresses' inboxes, live to the
     * connected ones, once per event id (see {@link #alertOperations}); e.g. a care task's clock.
     *
     * @param group the specialist group it concerns, shown with the alert (null for none)
     * @return whether the alert is new
     */
    @Transactional
    public boolean alert(UUID eventId, String kind, @Nullable String subjectId, String reason, @Nullable String group,
            List<Address> to) {
        Instant now = clock.instant();
        Optional<Long> stored = store.recordOperationsAlert(eventId, kind, subjectId, reason, group, now);
        if (stored.isEmpty()) {
            return false;
        }
        to.forEach(address -> store.addItem(stored.get(), address, now));
        store.notifyStored(stored.get());
        log.info("Alerted {}: {} {}", to, kind, subjectId == null ? "" : subjectId);
        return true;
    }

    @Transactional(readOnly = true)
    public InboxItem.Page page(InboxReader reader, boolean unreadOnly, int page, int size) {
        PageBounds.check(page, size, properties.maxPageSize());
        List<InboxItem> items = store.page(reader, unreadOnly, page, size);
        long total = store.count(reader, unreadOnly);
        long unread = unreadOnly ? total : store.count(reader, true);
        return new InboxItem.Page(items, page, size, total, (int) ((total + size - 1) / size), unread);
    }

    @Transactional(readOnly = true)
    public long unread(InboxReader reader) {
        return store.count(reader, true);
    }

    /** Marks the item read for this reader only; an item they cannot see is not found, whether it exists or not. */
    @Transactional
    public void markRead(InboxReader reader, long itemId) {
        if (!store.visible(reader, itemId)) {
            throw new NotFoundException("No inbox item " + itemId + " for " + reader.user() + ".");
        }
        store.markRead(reader, itemId, clock.instant());
    }

    @Transactional
    public void markAllRead(InboxReader reader) {
        int marked = store.markAllRead(reader, clock.instant());
        log.debug("{} marked {} inbox item(s) read", reader.user(), marked);
    }
}
