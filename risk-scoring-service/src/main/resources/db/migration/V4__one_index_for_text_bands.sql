-- Near-duplicate candidates are read by band and receipt time, with the complaint and its customer: one index now
-- serves that read without visiting the table (customer_key included) and keeps the rows unique, in place of the
-- primary key on (band_key, complaint_id) and the index on (band_key, received_at). A band row's receipt time is
-- its complaint's, so the rows it keeps unique are the same. Each stored band costs one random index insertion
-- instead of two: with 20 bands a complaint, that is most of the index pages (and the WAL) a scoring transaction
-- writes.
CREATE UNIQUE INDEX text_band_band_received_complaint_idx
    ON text_band (band_key, received_at, complaint_id) INCLUDE (customer_key);
ALTER TABLE text_band DROP CONSTRAINT text_band_pkey,
    ADD CONSTRAINT text_band_pkey PRIMARY KEY USING INDEX text_band_band_received_complaint_idx;
DROP INDEX text_band_band_received_idx;
