package org.complaintsuite.risk.proxy;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.ProxyFlagReviewed.Decision;
import org.complaintsuite.risk.proxy.ProxyVerdicts.Scope;
import org.complaintsuite.risk.proxy.ProxyVerdicts.Verdict;

/** The verdicts in force on customers' proxy flags, one per customer and ring (or complaint): the latest review's. */
@Repository
public class VerdictStore {

    private final JdbcClient jdbc;

    public VerdictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's verdicts in force: one indexed read, on every scoring of the customer's complaints. */
    public ProxyVerdicts of(String customerKey) {
        return ProxyVerdicts.of(jdbc.sql("""
                SELECT scope, scope_id, decision, reviewer, reason, decided_at FROM proxy_verdict
                WHERE customer_key = ?""")
                .param(customerKey)
                .query((rs, n) -> new Verdict(Scope.valueOf(rs.getString(1)), rs.getString(2),
                        Decision.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list());
    }

    /**
     * Puts the review in force for the customer in the scope, unless a later review is in force there already.
     *
     * @return whether it is now in force
     */
    public boolean decide(String customerKey, Scope scope, String scopeId, ProxyFlagReviewed review) {
        return jdbc.sql("""
                INSERT INTO proxy_verdict (customer_key, scope, scope_id, decision, event_id, reviewer, reason,
                                           decided_at)
                VALUES (:customer, :scope, :scopeId, :decision, :event, :reviewer, :reason, :at)
                ON CONFLICT (customer_key, scope, scope_id) DO UPDATE SET decision = EXCLUDED.decision,
                    event_id = EXCLUDED.event_id, reviewer = EXCLUDED.reviewer, reason = EXCLUDED.reason,
                    decided_at = EXCLUDED.decided_at
                WHERE EXCLUDED.decided_at > proxy_verdict.decided_at""")
                .param("customer", customerKey).param("scope", scope.name()).param("scopeId", scopeId)
                .param("decision", review.decision().name()).param("event", review.eventId())
                .param("reviewer", review.reviewer()).param("reason", review.reason())
                .param("at", Timestamp.from(review.occurredAt()))
                .update() > 0;
    }
}
