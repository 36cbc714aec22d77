-- Power BI (numbers 060-069): who may see which council's case-level rows in the semantic model, and
-- what each publish to Power BI did. Same tables and columns as ../duckdb/060_powerbi.sql.

-- Row-level security of the semantic model's 'Council users' role. principal is a user principal name
-- (jo.bloggs@northbrook.gov.uk) or a whole e-mail domain written with its @ (@northbrook.gov.uk); a
-- Power BI user sees the case-level rows of the councils listed for them or for their domain, and none
-- of any other council. The data team keeps this table; nothing loads it.
CREATE TABLE dw.council_access (
    principal  NVARCHAR(320) NOT NULL,
    la_code    NVARCHAR(10) NOT NULL,
    CONSTRAINT PK_council_access PRIMARY KEY CLUSTERED (principal, la_code)
);
GO

-- One row per powerbi run: which operation on which dataset, and how Power BI answered.
CREATE TABLE etl.powerbi_run (
    run_id         BIGINT NOT NULL,
    operation      NVARCHAR(20) NOT NULL,
    workspace_id   NVARCHAR(64) NOT NULL,
    dataset_id     NVARCHAR(64) NULL,
    dataset_name   NVARCHAR(256) NULL,
    request_id     NVARCHAR(64) NULL,
    outcome        NVARCHAR(40) NOT NULL,
    service_error  NVARCHAR(MAX) NULL,
    CONSTRAINT PK_powerbi_run PRIMARY KEY CLUSTERED (run_id)
);
GO

-- What a push sent for each table.
CREATE TABLE etl.powerbi_push_table (
    run_id             BIGINT NOT NULL,
    table_name         NVARCHAR(128) NOT NULL,
    rows_pushed        BIGINT NOT NULL,
    requests           INT NOT NULL,
    truncated_values   INT NOT NULL,
    throttled_seconds  FLOAT NOT NULL,
    CONSTRAINT PK_powerbi_push_table PRIMARY KEY CLUSTERED (run_id, table_name)
);
GO
