-- Schemas and the operational tables every load writes to. T-SQL for SQL Server 2019+ and Azure SQL.
-- Same tables and columns as ../duckdb/001_schemas_and_etl.sql.

-- A migrator creates etl and etl.schema_version before this script to read the current version (as the
-- DuckDB migrator does), so both are created only when missing.
IF SCHEMA_ID(N'etl') IS NULL
    EXEC (N'CREATE SCHEMA etl AUTHORIZATION dbo');
GO

IF OBJECT_ID(N'etl.schema_version', N'U') IS NULL
    CREATE TABLE etl.schema_version (
        version     INT NOT NULL,
        script      NVARCHAR(260) NOT NULL,
        checksum    NVARCHAR(64) NOT NULL,
        applied_at  DATETIME2(3) NOT NULL,
        CONSTRAINT PK_schema_version PRIMARY KEY CLUSTERED (version)
    );
GO

CREATE SCHEMA dw AUTHORIZATION dbo;
GO

CREATE SCHEMA mart AUTHORIZATION dbo;
GO

CREATE SCHEMA staging AUTHORIZATION dbo;
GO

-- Sequences rather than IDENTITY: a key can still be written explicitly (SqlBulkCopy, repairs) and a
-- loader can reserve a block of keys with sp_sequence_get_range before bulk-copying facts and bridges.
CREATE SEQUENCE etl.seq_run AS BIGINT START WITH 1 INCREMENT BY 1;
GO

CREATE TABLE etl.run (
    run_id          BIGINT NOT NULL CONSTRAINT DF_run_run_id DEFAULT (NEXT VALUE FOR etl.seq_run),
    kind            NVARCHAR(50) NOT NULL,
    started_at      DATETIME2(3) NOT NULL,
    finished_at     DATETIME2(3) NULL,
    status          NVARCHAR(20) NOT NULL,
    source_file     NVARCHAR(400) NULL,
    source_hash     NVARCHAR(64) NULL,
    profile_name    NVARCHAR(100) NULL,
    as_of_date      DATE NULL,
    forced          BIT NOT NULL CONSTRAINT DF_run_forced DEFAULT (0),
    rows_read       BIGINT NOT NULL CONSTRAINT DF_run_rows_read DEFAULT (0),
    rows_loaded     BIGINT NOT NULL CONSTRAINT DF_run_rows_loaded DEFAULT (0),
    rows_updated    BIGINT NOT NULL CONSTRAINT DF_run_rows_updated DEFAULT (0),
    rows_unchanged  BIGINT NOT NULL CONSTRAINT DF_run_rows_unchanged DEFAULT (0),
    rows_rejected   BIGINT NOT NULL CONSTRAINT DF_run_rows_rejected DEFAULT (0),
    message         NVARCHAR(MAX) NULL,
    CONSTRAINT PK_run PRIMARY KEY CLUSTERED (run_id)
);

-- "Was this file loaded already?" looks runs up by file hash.
CREATE NONCLUSTERED INDEX IX_run_source_hash ON etl.run (source_hash, status);

CREATE TABLE etl.reject (
    reject_id       BIGINT NOT NULL,
    run_id          BIGINT NOT NULL,
    source_file     NVARCHAR(400) NOT NULL,
    source_row      BIGINT NOT NULL,
    column_name     NVARCHAR(128) NULL,
    case_reference  NVARCHAR(100) NULL,
    value           NVARCHAR(MAX) NULL,
    reason          NVARCHAR(MAX) NOT NULL,
    CONSTRAINT PK_reject PRIMARY KEY CLUSTERED (reject_id)
);

CREATE NONCLUSTERED INDEX IX_reject_run_id ON etl.reject (run_id, source_row);
