-- The edges (inserted in one statement in array order: of two edges of one pair and reason the first is kept),
-- and the rings the complaints involved are in, in id order.
WITH edge AS (
    INSERT INTO cluster_edge (complaint_a, complaint_b, reason, detail)
    SELECT * FROM unnest(CAST(:a AS varchar[]), CAST(:b AS varchar[]), CAST(:reasons AS varchar[]),
                         CAST(:details AS varchar[]))
    ON CONFLICT DO NOTHING)
SELECT DISTINCT cluster_id FROM cluster_member WHERE complaint_id = ANY(CAST(:ids AS varchar[]))
ORDER BY cluster_id
