-- The complaints in no ring yet join the target ring (in the order given), and the ring is queued for the
-- re-assessment of its members if it was merged or gained a member; a ring already queued stays queued once.
WITH joined AS (
    INSERT INTO cluster_member (complaint_id, cluster_id, customer_key, received_at)
    SELECT c.complaint_id, :target, c.customer_key, c.received_at
    FROM unnest(CAST(:ids AS varchar[])) WITH ORDINALITY AS m(member, position)
    JOIN complaint c ON c.complaint_id = m.member
    WHERE NOT EXISTS (SELECT FROM cluster_member WHERE complaint_id = m.member)
    ORDER BY m.position
    ON CONFLICT (complaint_id) DO NOTHING
    RETURNING complaint_id)
INSERT INTO ring_reassessment (cluster_id, caused_by, queued_at)
SELECT :target, :causedBy, :now WHERE :merged OR EXISTS (SELECT FROM joined)
ON CONFLICT (cluster_id) DO NOTHING
