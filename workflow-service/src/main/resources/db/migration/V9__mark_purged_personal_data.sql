-- Retention (PIPL minimisation): when the personal data of a closed case was purged (PersonalDataPurge). A purged case
-- is never taken again; the index finds the cases still to purge, oldest closing first.
ALTER TABLE complaint_case ADD COLUMN personal_data_purged_at TIMESTAMPTZ;

CREATE INDEX complaint_case_purge_idx ON complaint_case (COALESCE(closed_at, withdrawn_at))
    WHERE status IN ('CLOSED', 'WITHDRAWN') AND personal_data_purged_at IS NULL;
