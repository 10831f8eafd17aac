package org.complaintsuite.workflow.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.workflow.cases.AlertLedger;
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.cases.CaseTimeline;
import org.complaintsuite.workflow.cases.ComplaintCase;
import org.complaintsuite.workflow.cases.ComplaintLocks;
import org.complaintsuite.workflow.cases.CaseRules;

/**
 * Raises the warnings and breaches that came due. Each scan transaction takes a batch of cases whose next alert
 * is due ({@code FOR UPDATE SKIP LOCKED}: instances split the cases), and for each case it can lock at once (a case
 * an agent or an event is changing right now is left for the next scan) takes the due alerts from the case, records
 * each in {@code sla_alert} (whose key makes a second raise of the same alert impossible), puts the new ones in the
 * outbox and on the timeline, and writes back the case's alert columns. The case's version is not touched: an agent
 * who read the case before the alert can still save.
 */
@Component
class AlertScanner implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AlertScanner.class);

    private final AlertStore store;
    private final ComplaintLocks locks;
    private final CaseService caseService;
    private final CaseTimeline timeline;
    private final CasesDue cases;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SlaAlertProperties properties;

    AlertScanner(AlertStore store, ComplaintLocks locks, CaseService caseService, CaseTimeline timeline,
            CasesDue cases, TransactionTemplate transactions, Clock clock, SlaAlertProperties properties) {
        this.store = store;
        this.locks = locks;
        this.caseService = caseService;
        this.timeline = timeline;
        this.cases = cases;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** What one scan transaction did. */
    record Batch(int picked, int skipped, int raised) {
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduledScan, properties.scanInterval(),
                properties.scanInterval()));
    }

    void scheduledScan() {
        if (!properties.scanEnabled()) {
            return;
        }
        try {
            scan();
        }
        catch (RuntimeException ex) {
            log.warn("SLA alert scan failed, will try again: {}", ex.toString());
        }
    }

    /** Scans until no due case is left that could be taken; returns the alerts raised. */
    int scan() {
        int raised = 0;
        Batch batch;
        do {
            batch = scanBatch(clock.instant());
            raised += batch.raised();
        }
        // a batch that could lock none of its cases would find them again at once: leave them to the next scan
        while (batch.picked() == properties.scanBatchSize() && batch.picked() > batch.skipped());
        return raised;
    }

    Batch scanBatch(Instant now) {
        Batch batch = transactions.execute(status -> {
            CaseRules rules = caseService.rules();
            List<String> due = store.lockDueCases(now, properties.scanBatchSize());
            int skipped = 0;
            int raised = 0;
            for (String complaintId : due) {
                if (!locks.tryLock(complaintId)) {
                    skipped++;
                    continue;
                }
                raised += raiseDue(complaintId, rules, now);
            }
            return new Batch(due.size(), skipped, raised);
        });
        if (batch != null && batch.picked() > 0) {
            log.debug("SLA alert scan: {} due case(s), {} busy and left for later, {} alert(s) raised",
                    batch.picked(), batch.skipped(), batch.raised());
        }
        return batch == null ? new Batch(0, 0, 0) : batch;
    }

    private int raiseDue(String complaintId, CaseRules rules, Instant now) {
        // read-only: the alert columns are written below without the version, the entity is never flushed
        ComplaintCase kase = cases.findForReading(complaintId).orElse(null);
        if (kase == null) {
            return 0;
        }
        List<AlertLedger.DueAlert> due = kase.takeDueAlerts(rules, now);
        List<CaseChange> entries = new ArrayList<>();
        for (AlertLedger.DueAlert alert : due) {
            SlaAlertRaised event = SlaAlerts.event(kase, alert, now);
            if (store.raise(event)) {
                entries.add(SlaAlerts.timelineEntry(event));
            }
            else {
                log.debug("SLA alert {} of case {} was raised before; not raised again", event.eventId(),
                        complaintId);
            }
        }
        timeline.append(complaintId, entries);
        store.reschedule(complaintId, kase.getNextAlertAt(), kase.getAlerts().raised());
        return entries.size();
    }
}
