-- The complaints in no ring yet join the target ring (in the order given), and the ring is queued for the
-- re-assessment of its members if it was merged or gained a member; a ring already queued stays queued once, with the
-- time it was first queued (the re-assessment lane expands it once that time is a coalescing window old). Returns
-- the ring as it now is (the caller holds its lock, so no other transaction changes it: the members read, and those
-- joined by this statement, which it cannot read back), and whether it was queued by this statement.
WITH joined AS (
    INSERT INTO cluster_member (complaint_id, cluster_id, customer_key, received_at)
    SELECT c.complaint_id, :target, c.customer_key, c.received_at
    FROM unnest(CAST(:ids AS varchar[])) WITH ORDINALITY AS m(member, position)
    JOIN complaint c ON c.complaint_id = m.member
    WHERE NOT EXISTS (SELECT FROM cluster_member WHERE complaint_id = m.member)
    ORDER BY m.position
    ON CONFLICT (complaint_id) DO NOTHING
    RETURNING complaint_id, customer_key, received_at),
queued AS (
    INSERT INTO ring_reassessment (cluster_id, caused_by, queued_at)
    SELECT :target, :causedBy, :now WHERE :merged OR EXISTS (SELECT FROM joined)
    ON CONFLICT (cluster_id) DO NOTHING
    RETURNING cluster_id),
member AS (
    SELECT complaint_id, customer_key, received_at FROM cluster_member WHERE cluster_id = :target
    UNION ALL
    SELECT complaint_id, customer_key, received_at FROM joined)
SELECT count(*) AS complaints, count(DISTINCT customer_key) AS customers,
       (array_agg(complaint_id ORDER BY received_at, complaint_id))[1 : CAST(:shown AS integer)] AS ids,
       EXISTS (SELECT FROM queued) AS queued
FROM member
