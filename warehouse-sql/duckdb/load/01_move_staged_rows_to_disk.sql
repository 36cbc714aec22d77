-- The file has more rows than the temporary table may hold: what is staged so far moves to staging.case_row,
-- where the rest of the file follows, and the view now names that table.
INSERT INTO staging.case_row SELECT * FROM staged_in_memory;
DROP TABLE staged_in_memory;
CREATE OR REPLACE TEMP VIEW staged_case_row AS SELECT * FROM staging.case_row;
