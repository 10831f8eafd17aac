-- A ring by its id: its size, its customers and its first members in receipt order (no rows: an empty ring).
SELECT count(*) AS complaints, count(DISTINCT m.customer_key) AS customers,
       (array_agg(m.complaint_id ORDER BY m.received_at, m.complaint_id))[1 : CAST(:shown AS integer)] AS ids
FROM cluster_member m WHERE m.cluster_id = :ring
