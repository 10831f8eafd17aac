package org.complaintsuite.workflow.cases;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.workflow.metrics.SlaRollupDeferral;

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
     * The events applied in one transaction: enough to amortize the commit and the statements, each written once per
     * transaction as one JDBC batch; few enough that a failed transaction, applied again one event at a time, costs
     * little.
     */
    static final int EVENTS_PER_TRANSACTION = 50;

    private static final Logger log = LoggerFactory.getLogger(CaseEventBatches.class);

    private final CaseService cases;
    private final CaseOpening opening;
    private final CaseAssessments assessing;
    private final ComplaintCaseRepository repository;
    private final SlaRollupDeferral rollup;
    private final TransactionTemplate transactions;

    CaseEventBatches(CaseService cases, CaseOpening opening, CaseAssessments assessing,
            ComplaintCaseRepository repository, SlaRollupDeferral rollup, TransactionTemplate transactions) {
        this.cases = cases;
        this.opening = opening;
        this.assessing = assessing;
        this.repository = repository;
        this.rollup = rollup;
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
        inTransactions(complaints, chunk -> opening.open(chunk, cases.rules()), cases::onReceived);
    }

    /** Applies these assessments, in order: each where it is newer than the one held. */
    public void assessed(List<ComplaintAssessed> assessments) {
        inTransactions(assessments, chunk -> assessing.apply(chunk, cases.rules()), cases::onAssessed);
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
