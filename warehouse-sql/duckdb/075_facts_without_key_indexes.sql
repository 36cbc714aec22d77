-- The two fact tables again, the same columns in the same order, without their PRIMARY KEY and UNIQUE constraints.
-- On DuckDB each constraint is an ART index that every insert maintains and every checkpoint writes out whole: at
-- national scale (two million stages) the natural-key index cost more than the rows themselves, and its memory counts
-- against the warehouse's memory cap. Nothing reads through these indexes (DuckDB joins by hashing), and the load
-- already keeps both keys unique: surrogate keys come from the sequences, and the merge (load/02-12) rejects a key
-- repeated in a file and updates, rather than inserts, a key already in the warehouse. SQL Server keeps its constraints
-- (its merge seeks on them); its 075 changes nothing.
CREATE TABLE dw.fact_complaint_stage_075 (
    complaint_stage_key      BIGINT NOT NULL DEFAULT nextval('dw.seq_complaint_stage'),
    authority_key            INTEGER NOT NULL,
    case_reference           VARCHAR NOT NULL,
    stage                    SMALLINT NOT NULL,
    procedure_stage_key      INTEGER NOT NULL,
    team_key                 INTEGER,
    outcome_key              INTEGER NOT NULL,
    complainant_type_key     INTEGER,
    receipt_method_key       INTEGER,
    received_date_key        INTEGER NOT NULL,
    responded_date_key       INTEGER,
    received_date            DATE NOT NULL,
    base_deadline_date       DATE NOT NULL,
    extended_due_date        DATE,
    deadline_date            DATE NOT NULL,
    responded_date           DATE,
    clock_paused_days        INTEGER NOT NULL,
    working_days_taken       INTEGER,
    extended                 BOOLEAN NOT NULL,
    extended_beyond_maximum  BOOLEAN NOT NULL,
    within_timescale         BOOLEAN,
    clock_status             VARCHAR NOT NULL,
    service_area             VARCHAR NOT NULL,
    advocate                 BOOLEAN,
    escalated                BOOLEAN,
    compensation             DECIMAL(12, 2),
    category                 VARCHAR,
    summary_redacted         VARCHAR,
    learning_redacted        VARCHAR,
    withdrawal_reason        VARCHAR,
    row_hash                 VARCHAR NOT NULL,
    source_file              VARCHAR NOT NULL,
    source_row               BIGINT NOT NULL,
    loaded_run_id            BIGINT NOT NULL,
    updated_run_id           BIGINT,
    timescale_working_days   INTEGER,
    coded_themes             VARCHAR,
    deleted_at               TIMESTAMP,
    deleted_run_id           BIGINT
);
INSERT INTO dw.fact_complaint_stage_075 BY NAME SELECT * FROM dw.fact_complaint_stage ORDER BY complaint_stage_key;
DROP TABLE dw.fact_complaint_stage;
ALTER TABLE dw.fact_complaint_stage_075 RENAME TO fact_complaint_stage;

CREATE TABLE dw.fact_representation_075 (
    representation_key    BIGINT NOT NULL DEFAULT nextval('dw.seq_representation'),
    authority_key         INTEGER NOT NULL,
    case_reference        VARCHAR NOT NULL,
    representation_type   VARCHAR NOT NULL,
    procedure             VARCHAR,
    team_key              INTEGER,
    complainant_type_key  INTEGER,
    receipt_method_key    INTEGER,
    received_date_key     INTEGER NOT NULL,
    responded_date_key    INTEGER,
    received_date         DATE NOT NULL,
    responded_date        DATE,
    working_days_taken    INTEGER,
    service_area          VARCHAR NOT NULL,
    category              VARCHAR,
    summary_redacted      VARCHAR,
    reason                VARCHAR,
    row_hash              VARCHAR NOT NULL,
    source_file           VARCHAR NOT NULL,
    source_row            BIGINT NOT NULL,
    loaded_run_id         BIGINT NOT NULL,
    updated_run_id        BIGINT,
    deleted_at            TIMESTAMP,
    deleted_run_id        BIGINT
);
INSERT INTO dw.fact_representation_075 BY NAME SELECT * FROM dw.fact_representation ORDER BY representation_key;
DROP TABLE dw.fact_representation;
ALTER TABLE dw.fact_representation_075 RENAME TO fact_representation;
