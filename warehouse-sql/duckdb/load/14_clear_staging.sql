DROP VIEW IF EXISTS incoming_complaint_stage;
DROP VIEW IF EXISTS incoming_representation;
DELETE FROM staging.case_row;
