package org.complaintsuite.workflow.metrics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a transaction that changes many cases write the SLA rollup once per rollup row at its end, in one order, instead
 * of once per case as it goes (migration V15): concurrent batches of events then hold the shared rollup rows only for
 * a moment and cannot deadlock on them. The figures are the same.
 */
@Repository
public class SlaRollupDeferral {

    private final JdbcClient jdbc;

    SlaRollupDeferral(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** From here to {@link #flush()}, the rollup triggers note the cases' figures instead of writing them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void defer() {
        jdbc.sql("SELECT sla_rollup_defer()::text").query(String.class).optional();
    }

    /** Writes what was noted since {@link #defer()}; must be called before the transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void flush() {
        jdbc.sql("SELECT sla_rollup_flush()::text").query(String.class).optional();
    }
}
