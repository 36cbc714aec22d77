-- A run stages its conformed (already redacted) rows in staging.case_row, committed as they are written
-- so that a file of any size streams through in bounded memory. Rows a killed run left behind are
-- cleared first; the facts change only in the merge transaction that follows. The view gives the load
-- statements one name for the run's rows.
DELETE FROM staging.case_row;
CREATE OR REPLACE TEMP VIEW staged_case_row AS SELECT * FROM staging.case_row;
