-- The complaint as received, unless its personal data was purged (retention).
SELECT payload::text FROM complaint WHERE complaint_id = :id AND personal_data_purged_at IS NULL
