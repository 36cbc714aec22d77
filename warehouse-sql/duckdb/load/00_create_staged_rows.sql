-- A run stages its conformed (already redacted) rows first in a temporary table, which costs no write-ahead log
-- and no checkpoint: most exports (a council's year, a nightly delta) stay there. A file that outgrows it moves to
-- staging.case_row (01_move_staged_rows_to_disk.sql), committed as it is written, so that a file of any size
-- streams through in bounded memory: DuckDB 1.5.6 corrupts temporary tables it has to spill under a tight memory
-- cap, so a temporary table is never allowed to grow that far. The facts change only in the merge transaction that
-- follows. The view gives the load statements one name for the run's rows, wherever they are. Created by the staging
-- writer only: a file staged ahead brings its own table (StagedAhead).
CREATE OR REPLACE TEMP TABLE staged_in_memory AS SELECT * FROM staging.case_row LIMIT 0;
CREATE OR REPLACE TEMP VIEW staged_case_row AS SELECT * FROM staged_in_memory;
