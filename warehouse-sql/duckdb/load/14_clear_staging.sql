DROP VIEW IF EXISTS incoming_complaint_stage;
DROP VIEW IF EXISTS incoming_representation;
DROP TABLE IF EXISTS staged_in_memory;
DELETE FROM staging.case_row;
