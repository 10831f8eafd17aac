-- The candidate near-duplicates: other customers' complaints in the link window sharing a text band with the
-- complaint, the :candidates sharing most (ties by id), with their signatures. {cleared} as in identifiers.sql.
-- Each band is read for at most :bandRowsRead complaints (the earliest in the window, along the primary key), so the
-- work per complaint stays bounded however many complaints an agency's template has: the candidates of a letter sent
-- a thousand times are found among the earliest of them, which the ring links already.
SELECT c.complaint_id, c.customer_key, c.text_signature
FROM (SELECT shared.complaint_id
      FROM unnest(CAST(:bands AS bigint[])) AS b(band_key)
      CROSS JOIN LATERAL (
          SELECT complaint_id FROM text_band t
          WHERE t.band_key = b.band_key AND t.customer_key <> :customer
            AND t.complaint_id <> :id AND t.received_at BETWEEN :linkFrom AND :linkTo{cleared}
          ORDER BY t.received_at, t.complaint_id LIMIT :bandRowsRead) shared
      GROUP BY shared.complaint_id ORDER BY count(*) DESC, shared.complaint_id LIMIT :candidates) candidate
JOIN complaint c USING (complaint_id)
ORDER BY c.complaint_id
