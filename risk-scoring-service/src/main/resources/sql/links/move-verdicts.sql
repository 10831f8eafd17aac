-- Supervisors' verdicts on customers in merged rings move to the ring they were merged into; of a customer's
-- verdicts in the rings merged, the latest is kept.
WITH moved AS (
    DELETE FROM proxy_verdict WHERE scope = 'RING' AND scope_id = ANY(CAST(:merged AS varchar[]))
    RETURNING *)
INSERT INTO proxy_verdict (customer_key, scope, scope_id, decision, event_id, reviewer, reason, decided_at)
SELECT DISTINCT ON (customer_key) customer_key, 'RING', :target, decision, event_id, reviewer, reason, decided_at
FROM moved ORDER BY customer_key, decided_at DESC
ON CONFLICT (customer_key, scope, scope_id) DO UPDATE SET decision = EXCLUDED.decision,
    event_id = EXCLUDED.event_id, reviewer = EXCLUDED.reviewer, reason = EXCLUDED.reason,
    decided_at = EXCLUDED.decided_at
WHERE EXCLUDED.decided_at > proxy_verdict.decided_at
