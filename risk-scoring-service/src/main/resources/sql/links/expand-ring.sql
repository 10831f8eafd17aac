-- The ring leaves the ring queue, and its members assessed longest ago (at most max) enter the re-assessment
-- queue, caused by what grew the ring. Returns the ring's size.
WITH job AS (
    DELETE FROM ring_reassessment WHERE cluster_id = :ring RETURNING caused_by),
member AS (
    SELECT m.complaint_id, count(*) OVER () AS members
    FROM cluster_member m LEFT JOIN assessment a USING (complaint_id)
    WHERE m.cluster_id = :ring
    ORDER BY a.occurred_at NULLS FIRST, m.complaint_id LIMIT :max),
queued AS (
    INSERT INTO reassessment_queue (complaint_id, caused_by, queued_at)
    SELECT member.complaint_id, job.caused_by, :now FROM member, job
    ON CONFLICT (complaint_id) DO NOTHING)
SELECT coalesce(max(members), 0) FROM member
