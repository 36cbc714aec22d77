DROP VIEW IF EXISTS incoming_complaint_stage;
DROP VIEW IF EXISTS incoming_representation;
DROP TABLE IF EXISTS staged_case_row;
