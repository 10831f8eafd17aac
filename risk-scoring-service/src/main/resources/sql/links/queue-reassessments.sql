-- Complaints scored before, to be assessed again; one already queued stays queued once.
INSERT INTO reassessment_queue (complaint_id, caused_by, queued_at)
SELECT queued, :causedBy, :now FROM unnest(CAST(:ids AS varchar[])) AS q(queued)
ON CONFLICT (complaint_id) DO NOTHING
