-- The complaint's locks (as lock.sql), then the complaint with its identifiers and bands: the complaint row is
-- inserted from the row the locking yields, so only once every lock is held. A complaint stored before is left as
-- it is (identifiers and bands are written only with the complaint row). Returns 1 if the complaint was new.
WITH locked AS (
    SELECT count(pg_advisory_xact_lock(key)) AS locks
    FROM (SELECT key FROM unnest(CAST(:keys AS bigint[])) WITH ORDINALITY AS k(key, position)
          ORDER BY position) ordered),
stored AS (
    INSERT INTO complaint (complaint_id, customer_key, source, received_at, text_signature, payload)
    SELECT :id, :customer, :source, :received, :signature, CAST(:payload AS jsonb) FROM locked
    ON CONFLICT (complaint_id) DO NOTHING
    RETURNING complaint_id),
identifiers AS (
    INSERT INTO complaint_identifier (kind, value, role, complaint_id, customer_key, received_at)
    SELECT i.kind, i.value, i.role, s.complaint_id, :customer, :received
    FROM stored s, unnest(CAST(:kinds AS varchar[]), CAST(:values AS varchar[]),
                          CAST(:roles AS varchar[])) AS i(kind, value, role)
    ON CONFLICT DO NOTHING),
bands AS (
    INSERT INTO text_band (band_key, complaint_id, customer_key, received_at)
    SELECT b.band_key, s.complaint_id, :customer, :received
    FROM stored s, unnest(CAST(:bands AS bigint[])) AS b(band_key)
    ON CONFLICT DO NOTHING)
SELECT count(*) FROM stored
