-- The oldest grown ring, locked so another instance skips it.
SELECT cluster_id FROM ring_reassessment ORDER BY queued_at, cluster_id LIMIT 1 FOR UPDATE SKIP LOCKED
