-- Conformed dimensions of the star. Same tables and columns as ../duckdb/002_dimensions.sql.
CREATE TABLE dw.dim_date (
    date_key              INT NOT NULL,
    calendar_date         DATE NOT NULL,
    calendar_year         SMALLINT NOT NULL,
    month_number          SMALLINT NOT NULL,
    month_name            NVARCHAR(20) NOT NULL,
    day_of_month          SMALLINT NOT NULL,
    day_of_week           SMALLINT NOT NULL,
    day_name              NVARCHAR(20) NOT NULL,
    financial_year        NVARCHAR(10) NOT NULL,
    financial_year_start  SMALLINT NOT NULL,
    financial_quarter     SMALLINT NOT NULL,
    is_weekend            BIT NOT NULL,
    is_bank_holiday       BIT NOT NULL,
    bank_holiday_name     NVARCHAR(100) NULL,
    is_working_day        BIT NOT NULL,
    working_day_number    INT NOT NULL,
    CONSTRAINT PK_dim_date PRIMARY KEY CLUSTERED (date_key),
    CONSTRAINT UQ_dim_date_calendar_date UNIQUE NONCLUSTERED (calendar_date)
);

-- One row per DfE code and ONS code pair, dated: codes change when councils reorganise.
CREATE TABLE dw.dim_authority (
    authority_key   INT NOT NULL,
    la_code         NVARCHAR(10) NOT NULL,
    ons_code        NVARCHAR(10) NULL,
    name            NVARCHAR(200) NOT NULL,
    region_code     NVARCHAR(10) NULL,
    region_name     NVARCHAR(100) NULL,
    la_type         NVARCHAR(50) NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE NULL,
    is_fictional    BIT NOT NULL,
    CONSTRAINT PK_dim_authority PRIMARY KEY CLUSTERED (authority_key),
    CONSTRAINT UQ_dim_authority_la_code_valid_from UNIQUE NONCLUSTERED (la_code, valid_from)
);

CREATE SEQUENCE dw.seq_team AS INT START WITH 1 INCREMENT BY 1;
GO

-- SCD type 2: a new version when a team moves service area or is renamed or merged (reporting_team).
CREATE TABLE dw.dim_team (
    team_key        INT NOT NULL CONSTRAINT DF_dim_team_team_key DEFAULT (NEXT VALUE FOR dw.seq_team),
    authority_key   INT NOT NULL,
    team_name       NVARCHAR(200) NOT NULL,
    service_area    NVARCHAR(100) NOT NULL,
    reporting_team  NVARCHAR(200) NOT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE NULL,
    is_current      BIT NOT NULL,
    CONSTRAINT PK_dim_team PRIMARY KEY CLUSTERED (team_key)
);

-- Loads find a council's current version of a team by name.
CREATE NONCLUSTERED INDEX IX_dim_team_authority_team_name
    ON dw.dim_team (authority_key, team_name) INCLUDE (is_current, valid_from, valid_to);

CREATE TABLE dw.dim_procedure_stage (
    procedure_stage_key  INT NOT NULL,
    [procedure]          NVARCHAR(50) NOT NULL,
    stage                SMALLINT NOT NULL,
    stage_name           NVARCHAR(100) NOT NULL,
    base_working_days    INT NOT NULL,
    max_working_days     INT NOT NULL,
    CONSTRAINT PK_dim_procedure_stage PRIMARY KEY CLUSTERED (procedure_stage_key),
    CONSTRAINT UQ_dim_procedure_stage_procedure_stage UNIQUE NONCLUSTERED ([procedure], stage)
);

CREATE TABLE dw.dim_outcome (
    outcome_key               INT NOT NULL,
    outcome_code              NVARCHAR(50) NOT NULL,
    outcome_name              NVARCHAR(100) NOT NULL,
    is_upheld_or_partly       BIT NOT NULL,
    sort_order                SMALLINT NOT NULL,
    CONSTRAINT PK_dim_outcome PRIMARY KEY CLUSTERED (outcome_key),
    CONSTRAINT UQ_dim_outcome_outcome_code UNIQUE NONCLUSTERED (outcome_code)
);

CREATE TABLE dw.dim_complainant_type (
    complainant_type_key  INT NOT NULL,
    complainant_type_code NVARCHAR(50) NOT NULL,
    complainant_type_name NVARCHAR(100) NOT NULL,
    is_child              BIT NOT NULL,
    CONSTRAINT PK_dim_complainant_type PRIMARY KEY CLUSTERED (complainant_type_key),
    CONSTRAINT UQ_dim_complainant_type_complainant_type_code UNIQUE NONCLUSTERED (complainant_type_code)
);

CREATE TABLE dw.dim_receipt_method (
    receipt_method_key   INT NOT NULL,
    receipt_method_code  NVARCHAR(50) NOT NULL,
    receipt_method_name  NVARCHAR(100) NOT NULL,
    CONSTRAINT PK_dim_receipt_method PRIMARY KEY CLUSTERED (receipt_method_key),
    CONSTRAINT UQ_dim_receipt_method_receipt_method_code UNIQUE NONCLUSTERED (receipt_method_code)
);

CREATE TABLE dw.dim_theme (
    theme_key    INT NOT NULL,
    theme_code   NVARCHAR(50) NOT NULL,
    theme_name   NVARCHAR(100) NOT NULL,
    definition   NVARCHAR(MAX) NOT NULL,
    CONSTRAINT PK_dim_theme PRIMARY KEY CLUSTERED (theme_key),
    CONSTRAINT UQ_dim_theme_theme_code UNIQUE NONCLUSTERED (theme_code)
);
