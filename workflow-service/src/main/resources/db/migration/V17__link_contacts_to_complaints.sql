-- A contact that turns into a complaint: the complaint is linked to the customer's contacts in the
-- workflow.care.link-within days before it (a care task's contact whatever its age; another contact while its words
-- are kept), and an open care task of such a contact is closed as BECAME_COMPLAINT.
ALTER TABLE care_contact ADD COLUMN customer_key VARCHAR(128);
CREATE INDEX care_contact_customer_idx ON care_contact (customer_key, contacted_at);
CREATE INDEX care_task_customer_idx ON care_task (customer_key, contacted_at);
ALTER TABLE care_task ADD COLUMN became_complaint VARCHAR(64);

CREATE TABLE contact_link (
    contact_id   VARCHAR(64) NOT NULL,
    complaint_id VARCHAR(64) NOT NULL,
    linked_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contact_id, complaint_id)
);
CREATE INDEX contact_link_complaint_idx ON contact_link (complaint_id);
