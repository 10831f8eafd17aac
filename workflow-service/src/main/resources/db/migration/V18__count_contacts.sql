-- Ordinary contacts per day (Beijing time) and channel, counted once each as workflow takes them in: the denominator
-- of "complaints per 10,000 contacts" (the contacts' own rows lose their words after a week).
CREATE TABLE contact_daily (
    day      DATE        NOT NULL,
    channel  VARCHAR(16) NOT NULL,
    contacts INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel)
);
