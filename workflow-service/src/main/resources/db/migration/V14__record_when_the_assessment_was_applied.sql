-- When workflow stored a complaint's assessment (the first, or a newer one replacing it), by the service's clock:
-- with complaint_case.created_at (when the case was opened) a benchmark measures the time to the case and the time
-- until the assessment is on the case, the later of the two. Null for assessments stored before this column.
ALTER TABLE risk_assessment ADD COLUMN applied_at TIMESTAMPTZ;
