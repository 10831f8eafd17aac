-- The edges inside a ring, at most :listed.
SELECT e.complaint_a, e.complaint_b, e.reason, e.detail FROM cluster_edge e
JOIN cluster_member m ON m.complaint_id = e.complaint_a WHERE m.cluster_id = :ring
ORDER BY e.complaint_a, e.complaint_b, e.reason LIMIT :listed
