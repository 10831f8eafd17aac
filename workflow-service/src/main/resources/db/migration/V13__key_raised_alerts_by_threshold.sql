-- The alert ledger (AlertLedger, column alerts_raised) was a bit per position of a threshold in the configured warnings,
-- eight bits per clock: removing or reordering a warning changed which alerts counted as raised. It is now keyed by
-- clock and threshold: each clock's byte holds the highest threshold of that clock raised, in percent. The positions
-- written so far are those of the warnings as shipped (50, 75, 90, then the breach, 100).
UPDATE complaint_case
SET alerts_raised = (SELECT coalesce(sum(CASE WHEN bits & 8 <> 0 THEN 100
                                              WHEN bits & 4 <> 0 THEN 90
                                              WHEN bits & 2 <> 0 THEN 75
                                              WHEN bits & 1 <> 0 THEN 50
                                              ELSE 0 END << (8 * clock)), 0)::INTEGER
                     FROM generate_series(0, 2) AS clock,
                          LATERAL (SELECT (alerts_raised >> (8 * clock)) & 255 AS bits) AS b)
WHERE alerts_raised <> 0;
