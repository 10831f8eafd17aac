-- The customer's other complaints in the repeat window: the earlier ones, then the later ones (scored before this
-- one though received after it), each in receipt order and at most :listed; then a row with no complaint if the
-- store holds any other complaint of the customer, in the window or not (a customer with none has had none of its
-- complaints reviewed, so has no verdict to read).
(SELECT false AS later, complaint_id, received_at FROM complaint
 WHERE customer_key = :customer AND received_at >= :repeatFrom AND received_at < :received AND complaint_id <> :id
 ORDER BY received_at, complaint_id LIMIT :listed)
UNION ALL
(SELECT true, complaint_id, received_at FROM complaint
 WHERE customer_key = :customer AND received_at > :received AND received_at < :repeatTo AND complaint_id <> :id
 ORDER BY received_at, complaint_id LIMIT :listed)
UNION ALL
SELECT NULL, NULL, NULL WHERE EXISTS (SELECT FROM complaint WHERE customer_key = :customer AND complaint_id <> :id)
ORDER BY later, received_at, complaint_id
