-- 溯源 (docs/prevention.md): one row per conversation, a complaint or an ordinary contact, so that dissatisfaction can
-- be counted by day, product topic, business type and channel. No personal data: ids, the day, categories and the
-- dissatisfaction model's reading only. Contacts are written from contacts.received and contacts.assessed, whichever
-- comes first (the other fills its columns in); a contact sent again as a complaint keeps its id and becomes one.
CREATE TABLE customer_voice (
    id              VARCHAR(64) PRIMARY KEY,
    kind            VARCHAR(16) NOT NULL CHECK (kind IN ('COMPLAINT', 'CONTACT')),
    -- the Beijing day of receipt (a complaint) or of the contact
    day             DATE        NOT NULL,
    -- null until contacts.received brought the contact
    channel         VARCHAR(16),
    business_type   VARCHAR(32),
    -- ProductTopic names; null until the words were seen, empty when they name none
    topics          TEXT[],
    -- the model's probability for a contact's words; null until assessed (complaints count as dissatisfied)
    dissatisfaction DOUBLE PRECISION
);
CREATE INDEX customer_voice_day_idx ON customer_voice (day);
