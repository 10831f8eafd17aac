-- Who changed the fraud watch list, when and why: an entry decides who scores WATCHLISTED, so every addition and
-- removal is kept, also after the entry itself is gone.
CREATE TABLE watchlist_change (
    id         BIGSERIAL    PRIMARY KEY,
    changed_at TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    action     VARCHAR(16)  NOT NULL CHECK (action IN ('ADDED', 'REMOVED')),
    kind       VARCHAR(32)  NOT NULL,
    value      VARCHAR(512) NOT NULL,
    reason     VARCHAR(500) NOT NULL
);

CREATE INDEX watchlist_change_by_time ON watchlist_change (changed_at DESC, id DESC);
