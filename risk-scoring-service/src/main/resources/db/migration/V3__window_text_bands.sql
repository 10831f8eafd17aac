-- Near-duplicate candidates must be limited to the link window before the best 50 are taken: filtering afterwards
-- let older look-alikes crowd recent ones out (about a quarter of near-duplicates were missed in the benchmark).
ALTER TABLE text_band ADD COLUMN received_at TIMESTAMPTZ;
UPDATE text_band b SET received_at = c.received_at FROM complaint c WHERE c.complaint_id = b.complaint_id;
ALTER TABLE text_band ALTER COLUMN received_at SET NOT NULL;
CREATE INDEX text_band_band_received_idx ON text_band (band_key, received_at);
