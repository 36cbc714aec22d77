-- The file's conformed rows live in a temporary table shaped like staging.case_row: it is never
-- written to the warehouse file, and it vanishes with the connection if the process dies.
CREATE OR REPLACE TEMP TABLE staged_case_row AS SELECT * FROM staging.case_row LIMIT 0;
