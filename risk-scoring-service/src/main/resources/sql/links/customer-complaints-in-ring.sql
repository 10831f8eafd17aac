-- The complaints of one customer in a ring, in receipt order.
SELECT complaint_id FROM cluster_member WHERE cluster_id = :ring AND customer_key = :customer
ORDER BY received_at, complaint_id
