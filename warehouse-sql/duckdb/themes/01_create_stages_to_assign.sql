-- The complaint stages one assignment will give themes to (filled by 01_select_stages_to_assign.sql), numbered
-- in batches: the assignment reads one batch at a time, classifies it and appends its themes, so neither the
-- stages nor their themes are ever all held in the process. DuckDB keeps this table and spills it if it must.
CREATE OR REPLACE TEMP TABLE stage_to_assign (
    batch                INTEGER NOT NULL,
    complaint_stage_key  BIGINT NOT NULL,
    row_hash             VARCHAR NOT NULL,
    coded_themes         VARCHAR,
    summary              VARCHAR,
    had_themes           BOOLEAN NOT NULL
);
