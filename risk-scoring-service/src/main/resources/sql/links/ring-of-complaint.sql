-- The ring a complaint is in: its size, its customers and its first members in receipt order.
SELECT m.cluster_id, count(*) AS complaints, count(DISTINCT m.customer_key) AS customers,
       (array_agg(m.complaint_id ORDER BY m.received_at, m.complaint_id))[1 : CAST(:shown AS integer)] AS ids
FROM cluster_member m
WHERE m.cluster_id = (SELECT cluster_id FROM cluster_member WHERE complaint_id = :id)
GROUP BY m.cluster_id
