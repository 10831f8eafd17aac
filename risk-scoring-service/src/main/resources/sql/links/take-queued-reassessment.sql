-- The oldest queued complaint, locked so another instance skips it, removed in the caller's transaction.
DELETE FROM reassessment_queue WHERE complaint_id = (
    SELECT complaint_id FROM reassessment_queue ORDER BY queued_at, complaint_id LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING complaint_id
