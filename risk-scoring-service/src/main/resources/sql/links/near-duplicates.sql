-- The candidate near-duplicates: other customers' complaints in the link window sharing a text band with the
-- complaint, the :candidates sharing most (ties by id), with their signatures. {cleared} as in identifiers.sql.
SELECT c.complaint_id, c.customer_key, c.text_signature
FROM (SELECT complaint_id FROM text_band
      WHERE band_key = ANY(CAST(:bands AS bigint[])) AND customer_key <> :customer
        AND complaint_id <> :id AND received_at BETWEEN :linkFrom AND :linkTo{cleared}
      GROUP BY complaint_id ORDER BY count(*) DESC, complaint_id LIMIT :candidates) candidate
JOIN complaint c USING (complaint_id)
ORDER BY c.complaint_id
