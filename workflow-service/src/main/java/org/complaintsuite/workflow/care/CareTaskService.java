package org.complaintsuite.workflow.care;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.workflow.audit.PersonalDataAccessLog;
import org.complaintsuite.workflow.care.CareTask.Decision;
import org.complaintsuite.workflow.care.CareTask.Outcome;
import org.complaintsuite.workflow.care.CareTask.Status;

/**
 * Opens care tasks from contacts' complaint propensity ({@link CareTaskRules}), keeps what the contacts said, and
 * records the reviewer's decision and the outcome. Every read of a task with the customer's words and phone is
 * recorded in the personal-data access log.
 */
@Service
public class CareTaskService {

    private static final Logger log = LoggerFactory.getLogger(CareTaskService.class);
    private static final int QUEUE_SIZE = 200;

    private final CareTaskStore store;
    private final CareAlerts alerts;
    private final ContactLinks links;
    private final CareProperties properties;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    CareTaskService(CareTaskStore store, CareAlerts alerts, ContactLinks links, CareProperties properties,
            PersonalDataAccessLog accessLog, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.links = links;
        this.properties = properties;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Opens a task when the contact's propensity, with the customer's complaints still open, reaches the threshold
     * (once, however often it comes). The open complaints are read only when they could make the difference or add
     * to a task that opens anyway.
     */
    @Transactional
    public void onAssessed(ContactAssessed received) {
        int weight = properties.openComplaintWeight();
        if (!CareTaskRules.opens(received.propensity().score() + weight, properties.openAt())) {
            return;
        }
        RiskAssessment propensity = CareTaskRules.withOpenComplaints(received.propensity(),
                store.openComplaints(received.customerKey(), received.contactedAt()), weight);
        if (!CareTaskRules.opens(propensity.score(), properties.openAt())) {
            return;
        }
        ContactAssessed assessed = new ContactAssessed(received.eventId(), received.contactId(),
                received.customerKey(), received.contactedAt(), propensity, received.dissatisfaction(),
                received.assessedAt());
        Instant now = clock.instant();
        Instant feedbackDue = now.plus(properties.feedbackWithin());
        Instant handlingDue = now.plus(properties.handlingWithin());
        if (store.open(assessed, now, feedbackDue, handlingDue,
                CareAlerts.firstAlert(now, feedbackDue, handlingDue))) {
            log.info("Care task opened for contact {}: complaint propensity {} ({})", assessed.contactId(),
                    assessed.propensity().level(), assessed.propensity().score());
            links.linkLate(assessed.contactId(), assessed.customerKey(), assessed.contactedAt());
        }
    }

    /** Keeps what the contact said; a complaint of its customer already in links to it (the words came late). */
    @Transactional
    public void onContact(ContactReceived contact) {
        store.saveContact(contact);
        var words = contact.contact();
        links.linkLate(contact.contactId(), words.customer().customerKey(), words.receivedAt());
    }

    @Transactional
    public List<CareTask> queue(String actor) {
        List<CareTask> tasks = store.queue(QUEUE_SIZE, clock.instant());
        tasks.forEach(task -> accessLog.record(task.contactId(), actor, PersonalDataAccessLog.Action.READ_CARE_TASK));
        return tasks;
    }

    @Transactional
    public CareTask get(String contactId, String actor) {
        CareTask task = find(contactId);
        accessLog.record(contactId, actor, PersonalDataAccessLog.Action.READ_CARE_TASK);
        return task;
    }

    @Transactional
    public CareTask feedback(String contactId, Decision decision, @Nullable String note, String actor) {
        Status current = find(contactId).status();
        Status next = refusedAsConflict(() -> CareTaskRules.afterFeedback(current, decision));
        Instant now = clock.instant();
        if (!store.recordFeedback(contactId, current, next, decision, note, actor, now)) {
            throw new ConflictException("Care task " + contactId + " changed meanwhile; read it again.");
        }
        alerts.reschedule(contactId, now);
        log.info("Care task {} reviewed by {}: {}", contactId, actor, decision);
        return get(contactId, actor);
    }

    @Transactional
    public CareTask outcome(String contactId, Outcome outcome, @Nullable String note, String actor) {
        Status current = find(contactId).status();
        refusedAsConflict(() -> {
            CareTaskRules.checkOutcome(current);
            return current;
        });
        Instant now = clock.instant();
        if (!store.recordOutcome(contactId, outcome, note, actor, now)) {
            throw new ConflictException("Care task " + contactId + " changed meanwhile; read it again.");
        }
        alerts.reschedule(contactId, now);
        log.info("Care task {} closed by {}: {}", contactId, actor, outcome);
        return get(contactId, actor);
    }

    /** The contacts linked to the complaint, the latest first; reading their words is in the access log. */
    @Transactional
    public List<LinkedContact> linkedContacts(String complaintId, String actor) {
        List<LinkedContact> contacts = store.linkedContacts(complaintId);
        if (!contacts.isEmpty()) {
            accessLog.record(complaintId, actor, PersonalDataAccessLog.Action.READ_LINKED_CONTACTS);
        }
        return contacts;
    }

    private CareTask find(String contactId) {
        return store.find(contactId, clock.instant())
                .orElseThrow(() -> new NotFoundException("No care task " + contactId + "."));
    }

    private static Status refusedAsConflict(Supplier<Status> rule) {
        try {
            return rule.get();
        }
        catch (IllegalStateException refused) {
            throw new ConflictException("Refused: " + refused.getMessage() + ".");
        }
    }
}
