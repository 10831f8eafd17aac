-- Per identifier of the complaint (by its position in :kinds/:values): the other complaints carrying it in the link
-- window (at most :rowsRead of them, the earliest: a hotline is read only in part), counted as distinct customer
-- keys of each kind (the complaint's own kind apart from its own key); whether an agent or a law firm used it; the
-- first :linkedShown other customers' complaints; how many complaints of how many customers carried it in the burst
-- window up to this one (at most :burstRowsRead read; not asked of ID numbers); its watch-list reason.
-- {cleared} is replaced by a filter leaving out the members of the rings the customer was cleared of, or by nothing.
SELECT i.position, s.same_kind, s.customer_ids, s.id_numbers, s.phones, s.other_keys, s.agent, s.lawyer, s.ids,
       b.complaints, b.customers, w.reason
FROM unnest(CAST(:kinds AS varchar[]), CAST(:values AS varchar[])) WITH ORDINALITY AS i(kind, value, position)
CROSS JOIN LATERAL (
    SELECT count(DISTINCT customer_key) FILTER (WHERE customer_key <> :customer
               AND left(customer_key, :prefixLength) = left(:customer, :prefixLength)) AS same_kind,
           count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength) = :cid) AS customer_ids,
           count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength) = :idn) AS id_numbers,
           count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength) = :tel) AS phones,
           count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength)
               NOT IN (:cid, :idn, :tel)) AS other_keys,
           coalesce(bool_or(role = 'AGENT'), false) AS agent,
           coalesce(bool_or(role = 'LAWYER'), false) AS lawyer,
           (array_agg(complaint_id ORDER BY received_at, complaint_id)
               FILTER (WHERE customer_key <> :customer))[1 : CAST(:linkedShown AS integer)] AS ids
    FROM (SELECT customer_key, role, complaint_id, received_at FROM complaint_identifier
          WHERE kind = i.kind AND value = i.value AND complaint_id <> :id
            AND received_at BETWEEN :linkFrom AND :linkTo{cleared}
          ORDER BY received_at LIMIT :rowsRead) linked) s
CROSS JOIN LATERAL (
    SELECT count(DISTINCT complaint_id) AS complaints, count(DISTINCT customer_key) AS customers
    FROM (SELECT complaint_id, customer_key FROM complaint_identifier
          WHERE kind = i.kind AND value = i.value AND i.kind <> 'ID_NUMBER'
            AND received_at BETWEEN :burstFrom AND :received{cleared} LIMIT :burstRowsRead) recent) b
LEFT JOIN watchlist_entry w ON w.kind = i.kind AND w.value = i.value
ORDER BY i.position
