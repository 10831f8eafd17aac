-- Ordinary service contacts (not complaints) as risk scoring saw them, for the complaint propensity of later ones:
-- how often a customer got in touch. Keys and times only: the contact's words are not kept here.
CREATE TABLE contact (
    contact_id   VARCHAR(64)  PRIMARY KEY,
    customer_key VARCHAR(128) NOT NULL,
    contacted_at TIMESTAMPTZ  NOT NULL,
    propensity   INTEGER      NOT NULL,
    assessed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contact_customer_idx ON contact (customer_key, contacted_at);
