-- Facts. Natural keys: (authority, case reference, stage) for complaint stages and
-- (authority, case reference) for other representations; loads merge on them.
CREATE SEQUENCE dw.seq_complaint_stage START 1;
CREATE SEQUENCE dw.seq_representation START 1;

CREATE TABLE dw.fact_complaint_stage (
    complaint_stage_key      BIGINT PRIMARY KEY DEFAULT nextval('dw.seq_complaint_stage'),
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
    UNIQUE (authority_key, case_reference, stage)
);

-- A complaint raises one or more themes; source says who assigned it (model, officer, analyst).
CREATE TABLE dw.bridge_complaint_theme (
    complaint_stage_key  BIGINT NOT NULL,
    theme_key            INTEGER NOT NULL,
    score                REAL,
    rank_order           SMALLINT NOT NULL,
    source               VARCHAR NOT NULL,
    model_version        VARCHAR,
    PRIMARY KEY (complaint_stage_key, theme_key)
);

CREATE TABLE dw.fact_representation (
    representation_key    BIGINT PRIMARY KEY DEFAULT nextval('dw.seq_representation'),
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
    UNIQUE (authority_key, case_reference)
);
