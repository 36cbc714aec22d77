-- The themes this assignment gives each stage, appended by the caller, then merged into the bridge.
CREATE OR REPLACE TEMP TABLE assigned_theme (
    complaint_stage_key  BIGINT NOT NULL,
    theme_code           VARCHAR NOT NULL,
    score                REAL,
    rank_order           SMALLINT NOT NULL,
    source               VARCHAR NOT NULL,
    model_version        VARCHAR,
    row_hash             VARCHAR
);
