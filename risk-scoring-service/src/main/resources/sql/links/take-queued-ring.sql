-- The oldest grown ring queued at or before :readyBefore (a ring queued later may still grow: its growths within the
-- coalescing window make one expansion), locked so another instance skips it.
SELECT cluster_id FROM ring_reassessment WHERE queued_at <= :readyBefore
ORDER BY queued_at, cluster_id LIMIT 1 FOR UPDATE SKIP LOCKED
