package org.complaintsuite.workflow.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.workflow.metrics.SlaRollupDeferral;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.risk.RiskAssessmentRepository;

/**
 * Applies the complaint events of a poll together: each transaction takes up to {@link #EVENTS_PER_TRANSACTION}
 * events, so that PostgreSQL commits once for them instead of once per event, and the locks of all their complaints
 * (and, for openings, customers) are taken at its start in one statement, in one order; the SLA rollup is written
 * once per rollup row at its end ({@link SlaRollupDeferral}). The result is the same as
 * one event at a time in their order: an event of a complaint seen earlier in the same transaction sees what the
 * earlier one did (the same complaint twice opens one case; an assessment before its case is taken when it opens).
 * <p>
 * When a transaction fails, its events are applied again one per transaction, as {@link CaseService} applies them;
 * the first that fails on its own is reported by its position ({@link EventFailedException}), those before it are
 * applied, and the caller decides what becomes of it and of those after it.
 */
@Service
public class CaseEventBatches {

    /**
     * The events applied in one transaction: enough to amortize the commit, few enough that Hibernate's flush after
     * each opening (which checks every entity the transaction holds) stays cheap; 250 measured slower than 50.
     */
    static final int EVENTS_PER_TRANSACTION = 50;

    private static final Logger log = LoggerFactory.getLogger(CaseEventBatches.class);

    private final CaseService cases;
    private final CaseOpening opening;
    private final ComplaintLocks locks;
    private final ComplaintCaseRepository repository;
    private final RiskAssessmentRepository assessments;
    private final SlaRollupDeferral rollup;
    private final TransactionTemplate transactions;

    CaseEventBatches(CaseService cases, CaseOpening opening, ComplaintLocks locks, ComplaintCaseRepository repository,
            RiskAssessmentRepository assessments, SlaRollupDeferral rollup, TransactionTemplate transactions) {
        this.assessments = assessments;
        this.repository = repository;
        this.rollup = rollup;
        this.cases = cases;
        this.opening = opening;
        this.locks = locks;
        this.transactions = transactions;
    }

    /** An event of a batch that could not be applied on its own; those before it in the batch were applied. */
    public static class EventFailedException extends RuntimeException {

        private final int index;

        EventFailedException(int index, RuntimeException cause) {
            super("Event " + index + " of the batch failed: " + cause.getMessage(), cause);
            this.index = index;
        }

        /** The failed event's position in the batch. */
        public int index() {
            return index;
        }
    }

    /** Opens the cases of these complaints, in order; a complaint with a case already changes nothing. */
    public void received(List<ComplaintReceived> complaints) {
        inTransactions(complaints, this::openAll, cases::onReceived);
    }

    /** Applies these assessments, in order: each where it is newer than the one held. */
    public void assessed(List<ComplaintAssessed> assessments) {
        inTransactions(assessments, this::assessAll, cases::onAssessed);
    }

    /**
     * Under the locks, which complaints have a case and which assessments came first are read once for the batch
     * (nothing else can change them meanwhile) rather than once per complaint.
     */
    private void openAll(List<ComplaintReceived> complaints) {
        List<String> ids = complaints.stream().map(ComplaintReceived::complaintId).toList();
        locks.lockAll(Stream.concat(ids.stream(), complaints.stream().map(CaseOpening::customerLock)).toList());
        Set<String> open = new HashSet<>(repository.findExistingIds(ids));
        Map<String, RiskAssessmentRecord> assessed = assessments.findAllById(ids).stream()
                .collect(Collectors.toMap(RiskAssessmentRecord::getComplaintId, Function.identity()));
        CaseRules rules = cases.rules();
        for (ComplaintReceived complaint : complaints) {
            if (open.add(complaint.complaintId())) {
                opening.openUnderLocks(complaint, rules, assessed.get(complaint.complaintId()));
            }
            else {
                log.debug("Complaint {} already has a case; redelivery ignored", complaint.complaintId());
            }
        }
    }

    /** The cases are read once for the batch; each assessment then finds its case in the persistence context. */
    private void assessAll(List<ComplaintAssessed> assessments) {
        List<String> ids = assessments.stream().map(ComplaintAssessed::complaintId).toList();
        locks.lockAll(ids);
        repository.findAllById(ids);
        assessments.forEach(cases::applyAssessment);
    }

    private <T> void inTransactions(List<T> events, Consumer<List<T>> together, Consumer<T> alone) {
        for (int from = 0; from < events.size(); from += EVENTS_PER_TRANSACTION) {
            List<T> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_TRANSACTION));
            try {
                transactions.executeWithoutResult(status -> {
                    rollup.defer();
                    together.accept(chunk);
                    repository.flush();
                    rollup.flush();
                });
            }
            catch (RuntimeException failure) {
                log.warn("{} events failed together ({}); applying them one at a time", chunk.size(),
                        failure.getClass().getSimpleName());
                one(chunk, from, alone);
            }
        }
    }

    private static <T> void one(List<T> chunk, int offset, Consumer<T> alone) {
        for (int i = 0; i < chunk.size(); i++) {
            try {
                alone.accept(chunk.get(i));
            }
            catch (RuntimeException failure) {
                throw new EventFailedException(offset + i, failure);
            }
        }
    }
}
