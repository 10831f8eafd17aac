-- Two reads of a complaint that joins a ring visited a random table page per row; measured on a million complaints,
-- they were most of the time such a complaint's scoring takes beyond the common path.

-- 1. A ring's size and customers were read by joining its members to the complaint table, one heap visit per member
--    (hundreds for an agency's ring). A member's customer and receipt time now live with its membership.
ALTER TABLE cluster_member ADD COLUMN customer_key VARCHAR(128), ADD COLUMN received_at TIMESTAMPTZ;
UPDATE cluster_member m SET customer_key = c.customer_key, received_at = c.received_at
FROM complaint c WHERE c.complaint_id = m.complaint_id;
ALTER TABLE cluster_member ALTER COLUMN customer_key SET NOT NULL, ALTER COLUMN received_at SET NOT NULL;
DROP INDEX cluster_member_cluster_idx;
CREATE INDEX cluster_member_cluster_idx ON cluster_member (cluster_id) INCLUDE (customer_key, received_at);

-- 2. Who else carries an identifier was read through the primary key (kind, value, complaint, role), with a table
--    visit per row for the customer, role and receipt time, and the link and burst windows filtered afterwards. One
--    index on (kind, value, receipt time, complaint, role), customer included, serves both windows as ranges without
--    visiting the table, and keeps the rows unique in place of the primary key (an identifier row's receipt time is
--    its complaint's, so the rows it keeps unique are the same), as V4 did for text bands.
CREATE UNIQUE INDEX complaint_identifier_value_received_idx
    ON complaint_identifier (kind, value, received_at, complaint_id, role) INCLUDE (customer_key);
ALTER TABLE complaint_identifier DROP CONSTRAINT complaint_identifier_pkey,
    ADD CONSTRAINT complaint_identifier_pkey PRIMARY KEY USING INDEX complaint_identifier_value_received_idx;
