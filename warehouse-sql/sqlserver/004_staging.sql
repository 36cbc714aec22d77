-- Conformed rows of the file being loaded. Filled and emptied inside the load's transaction,
-- so it is always empty between runs. Same table and columns as ../duckdb/004_staging.sql.
CREATE TABLE staging.case_row (
    run_id                   BIGINT NOT NULL,
    source_row               BIGINT NOT NULL,
    authority_key            INT NOT NULL,
    case_reference           NVARCHAR(100) NOT NULL,
    record_kind              NVARCHAR(30) NOT NULL,
    representation_type      NVARCHAR(50) NULL,
    [procedure]              NVARCHAR(50) NULL,
    stage                    SMALLINT NULL,
    received_date            DATE NOT NULL,
    extended_due_date        DATE NULL,
    responded_date           DATE NULL,
    base_deadline_date       DATE NULL,
    deadline_date            DATE NULL,
    clock_paused_days        INT NOT NULL,
    working_days_taken       INT NULL,
    extended                 BIT NULL,
    extended_beyond_maximum  BIT NULL,
    within_timescale         BIT NULL,
    clock_status             NVARCHAR(30) NULL,
    service_area             NVARCHAR(100) NOT NULL,
    team                     NVARCHAR(200) NULL,
    complainant_type         NVARCHAR(50) NULL,
    advocate                 BIT NULL,
    receipt_method           NVARCHAR(50) NULL,
    category                 NVARCHAR(200) NULL,
    summary_redacted         NVARCHAR(MAX) NULL,
    learning_redacted        NVARCHAR(MAX) NULL,
    outcome                  NVARCHAR(50) NULL,
    escalated                BIT NULL,
    compensation             DECIMAL(12, 2) NULL,
    reason                   NVARCHAR(MAX) NULL,
    row_hash                 NVARCHAR(64) NULL
);

-- No key, as in DuckDB; loads read, hash and delete by run and row, so cluster on them.
CREATE CLUSTERED INDEX CIX_case_row_run_id_source_row ON staging.case_row (run_id, source_row);
