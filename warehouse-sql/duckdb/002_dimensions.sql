-- Conformed dimensions of the star.
CREATE TABLE dw.dim_date (
    date_key              INTEGER PRIMARY KEY,
    calendar_date         DATE NOT NULL UNIQUE,
    calendar_year         SMALLINT NOT NULL,
    month_number          SMALLINT NOT NULL,
    month_name            VARCHAR NOT NULL,
    day_of_month          SMALLINT NOT NULL,
    day_of_week           SMALLINT NOT NULL,
    day_name              VARCHAR NOT NULL,
    financial_year        VARCHAR NOT NULL,
    financial_year_start  SMALLINT NOT NULL,
    financial_quarter     SMALLINT NOT NULL,
    is_weekend            BOOLEAN NOT NULL,
    is_bank_holiday       BOOLEAN NOT NULL,
    bank_holiday_name     VARCHAR,
    is_working_day        BOOLEAN NOT NULL,
    working_day_number    INTEGER NOT NULL
);

-- One row per DfE code and ONS code pair, dated: codes change when councils reorganise.
CREATE TABLE dw.dim_authority (
    authority_key   INTEGER PRIMARY KEY,
    la_code         VARCHAR NOT NULL,
    ons_code        VARCHAR,
    name            VARCHAR NOT NULL,
    region_code     VARCHAR,
    region_name     VARCHAR,
    la_type         VARCHAR,
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    is_fictional    BOOLEAN NOT NULL,
    UNIQUE (la_code, valid_from)
);

CREATE SEQUENCE dw.seq_team START 1;

-- SCD type 2: a new version when a team moves service area or is renamed or merged (reporting_team).
CREATE TABLE dw.dim_team (
    team_key        INTEGER PRIMARY KEY DEFAULT nextval('dw.seq_team'),
    authority_key   INTEGER NOT NULL,
    team_name       VARCHAR NOT NULL,
    service_area    VARCHAR NOT NULL,
    reporting_team  VARCHAR NOT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    is_current      BOOLEAN NOT NULL
);

CREATE TABLE dw.dim_procedure_stage (
    procedure_stage_key  INTEGER PRIMARY KEY,
    procedure            VARCHAR NOT NULL,
    stage                SMALLINT NOT NULL,
    stage_name           VARCHAR NOT NULL,
    base_working_days    INTEGER NOT NULL,
    max_working_days     INTEGER NOT NULL,
    UNIQUE (procedure, stage)
);

CREATE TABLE dw.dim_outcome (
    outcome_key               INTEGER PRIMARY KEY,
    outcome_code              VARCHAR NOT NULL UNIQUE,
    outcome_name              VARCHAR NOT NULL,
    is_upheld_or_partly       BOOLEAN NOT NULL,
    sort_order                SMALLINT NOT NULL
);

CREATE TABLE dw.dim_complainant_type (
    complainant_type_key  INTEGER PRIMARY KEY,
    complainant_type_code VARCHAR NOT NULL UNIQUE,
    complainant_type_name VARCHAR NOT NULL,
    is_child              BOOLEAN NOT NULL
);

CREATE TABLE dw.dim_receipt_method (
    receipt_method_key   INTEGER PRIMARY KEY,
    receipt_method_code  VARCHAR NOT NULL UNIQUE,
    receipt_method_name  VARCHAR NOT NULL
);

CREATE TABLE dw.dim_theme (
    theme_key    INTEGER PRIMARY KEY,
    theme_code   VARCHAR NOT NULL UNIQUE,
    theme_name   VARCHAR NOT NULL,
    definition   VARCHAR NOT NULL
);
