-- The scoring backlog (backlog.UnassessedCases): the cases with no risk assessment yet, by the time they were opened.
-- Only waiting cases are in the index, so counting them and finding the oldest stays cheap however many assessed
-- cases the table holds.
CREATE INDEX complaint_case_unassessed_idx ON complaint_case (created_at) WHERE escalation_level IS NULL;
