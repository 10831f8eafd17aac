-- How much re-assessment work is queued: the grown rings, the complaints, and when the oldest ring was queued.
SELECT (SELECT count(*) FROM ring_reassessment) AS rings, (SELECT count(*) FROM reassessment_queue) AS complaints,
       (SELECT min(queued_at) FROM ring_reassessment) AS oldest_ring
