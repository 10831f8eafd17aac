-- Official holiday schedules loaded at run time (PUT /api/v1/calendar/{year}), in the holiday-cn format as uploaded.
-- A year here replaces the one shipped with the service.
CREATE TABLE calendar_year (
    year        INTEGER      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    document    TEXT         NOT NULL,
    loaded_at   TIMESTAMPTZ  NOT NULL,
    loaded_by   VARCHAR(64)  NOT NULL
);
