-- The customer's other complaints in the repeat window: the earlier ones, then the later ones (scored before this
-- one though received after it), each in receipt order and at most :listed.
(SELECT false AS later, complaint_id, received_at FROM complaint
 WHERE customer_key = :customer AND received_at >= :repeatFrom AND received_at < :received AND complaint_id <> :id
 ORDER BY received_at, complaint_id LIMIT :listed)
UNION ALL
(SELECT true, complaint_id, received_at FROM complaint
 WHERE customer_key = :customer AND received_at > :received AND received_at < :repeatTo AND complaint_id <> :id
 ORDER BY received_at, complaint_id LIMIT :listed)
ORDER BY later, received_at, complaint_id
