-- Facts. Natural keys: (authority, case reference, stage) for complaint stages and
-- (authority, case reference) for other representations; loads merge on them.
-- Same tables and columns as ../duckdb/003_facts.sql.
CREATE SEQUENCE dw.seq_complaint_stage AS BIGINT START WITH 1 INCREMENT BY 1;
GO

CREATE SEQUENCE dw.seq_representation AS BIGINT START WITH 1 INCREMENT BY 1;
GO

CREATE TABLE dw.fact_complaint_stage (
    complaint_stage_key      BIGINT NOT NULL CONSTRAINT DF_fact_complaint_stage_key DEFAULT (NEXT VALUE FOR dw.seq_complaint_stage),
    authority_key            INT NOT NULL,
    case_reference           NVARCHAR(100) NOT NULL,
    stage                    SMALLINT NOT NULL,
    procedure_stage_key      INT NOT NULL,
    team_key                 INT NULL,
    outcome_key              INT NOT NULL,
    complainant_type_key     INT NULL,
    receipt_method_key       INT NULL,
    received_date_key        INT NOT NULL,
    responded_date_key       INT NULL,
    received_date            DATE NOT NULL,
    base_deadline_date       DATE NOT NULL,
    extended_due_date        DATE NULL,
    deadline_date            DATE NOT NULL,
    responded_date           DATE NULL,
    clock_paused_days        INT NOT NULL,
    working_days_taken       INT NULL,
    extended                 BIT NOT NULL,
    extended_beyond_maximum  BIT NOT NULL,
    within_timescale         BIT NULL,
    clock_status             NVARCHAR(30) NOT NULL,
    service_area             NVARCHAR(100) NOT NULL,
    advocate                 BIT NULL,
    escalated                BIT NULL,
    compensation             DECIMAL(12, 2) NULL,
    category                 NVARCHAR(200) NULL,
    summary_redacted         NVARCHAR(MAX) NULL,
    learning_redacted        NVARCHAR(MAX) NULL,
    withdrawal_reason        NVARCHAR(MAX) NULL,
    row_hash                 NVARCHAR(64) NOT NULL,
    source_file              NVARCHAR(400) NOT NULL,
    source_row               BIGINT NOT NULL,
    loaded_run_id            BIGINT NOT NULL,
    updated_run_id           BIGINT NULL,
    CONSTRAINT PK_fact_complaint_stage PRIMARY KEY CLUSTERED (complaint_stage_key),
    CONSTRAINT UQ_fact_complaint_stage_natural_key UNIQUE NONCLUSTERED (authority_key, case_reference, stage)
);

-- The unique constraint above is the natural-key index the merge seeks on; these serve date slicing
-- and the "open and overdue" refresh.
CREATE NONCLUSTERED INDEX IX_fact_complaint_stage_received_date_key
    ON dw.fact_complaint_stage (received_date_key) INCLUDE (authority_key, procedure_stage_key, outcome_key);
CREATE NONCLUSTERED INDEX IX_fact_complaint_stage_responded_date_key
    ON dw.fact_complaint_stage (responded_date_key) INCLUDE (authority_key, procedure_stage_key, outcome_key);
CREATE NONCLUSTERED INDEX IX_fact_complaint_stage_responded_date
    ON dw.fact_complaint_stage (responded_date) INCLUDE (deadline_date, clock_status);

-- A complaint raises one or more themes; source says who assigned it (model, officer, analyst).
CREATE TABLE dw.bridge_complaint_theme (
    complaint_stage_key  BIGINT NOT NULL,
    theme_key            INT NOT NULL,
    score                REAL NULL,
    rank_order           SMALLINT NOT NULL,
    source               NVARCHAR(20) NOT NULL,
    model_version        NVARCHAR(50) NULL,
    CONSTRAINT PK_bridge_complaint_theme PRIMARY KEY CLUSTERED (complaint_stage_key, theme_key)
);

CREATE NONCLUSTERED INDEX IX_bridge_complaint_theme_theme_key
    ON dw.bridge_complaint_theme (theme_key) INCLUDE (rank_order, source);

CREATE TABLE dw.fact_representation (
    representation_key    BIGINT NOT NULL CONSTRAINT DF_fact_representation_key DEFAULT (NEXT VALUE FOR dw.seq_representation),
    authority_key         INT NOT NULL,
    case_reference        NVARCHAR(100) NOT NULL,
    representation_type   NVARCHAR(50) NOT NULL,
    [procedure]           NVARCHAR(50) NULL,
    team_key              INT NULL,
    complainant_type_key  INT NULL,
    receipt_method_key    INT NULL,
    received_date_key     INT NOT NULL,
    responded_date_key    INT NULL,
    received_date         DATE NOT NULL,
    responded_date        DATE NULL,
    working_days_taken    INT NULL,
    service_area          NVARCHAR(100) NOT NULL,
    category              NVARCHAR(200) NULL,
    summary_redacted      NVARCHAR(MAX) NULL,
    reason                NVARCHAR(MAX) NULL,
    row_hash              NVARCHAR(64) NOT NULL,
    source_file           NVARCHAR(400) NOT NULL,
    source_row            BIGINT NOT NULL,
    loaded_run_id         BIGINT NOT NULL,
    updated_run_id        BIGINT NULL,
    CONSTRAINT PK_fact_representation PRIMARY KEY CLUSTERED (representation_key),
    CONSTRAINT UQ_fact_representation_natural_key UNIQUE NONCLUSTERED (authority_key, case_reference)
);

CREATE NONCLUSTERED INDEX IX_fact_representation_received_date_key
    ON dw.fact_representation (received_date_key) INCLUDE (authority_key, representation_type);
CREATE NONCLUSTERED INDEX IX_fact_representation_responded_date_key
    ON dw.fact_representation (responded_date_key) INCLUDE (authority_key, representation_type);
