-- Database sources: pulls straight from a case system's reporting database (etl/DatabaseSources/).
-- Same tables and columns as ../duckdb/040_database_sources.sql.
-- A fact whose case was deleted in its source is marked, never dropped: deleted_at and deleted_run_id
-- say when and by which pull; the mart views leave marked rows out (041).
ALTER TABLE dw.fact_complaint_stage ADD deleted_at DATETIME2(3) NULL;
GO

ALTER TABLE dw.fact_complaint_stage ADD deleted_run_id BIGINT NULL;
GO

ALTER TABLE dw.fact_representation ADD deleted_at DATETIME2(3) NULL;
GO

ALTER TABLE dw.fact_representation ADD deleted_run_id BIGINT NULL;
GO

-- Where each source's next incremental pull starts. Written inside the pull's transaction, so it moves
-- only when the rows it covers are committed. The value is text: an ISO date-time or a row version.
CREATE TABLE etl.source_watermark (
    source_name           NVARCHAR(100) NOT NULL,
    watermark_column      NVARCHAR(128) NOT NULL,
    watermark_type        NVARCHAR(20) NOT NULL,
    watermark             NVARCHAR(40) NULL,
    run_id                BIGINT NOT NULL,
    updated_at            DATETIME2(3) NOT NULL,
    keys_compared_at      DATETIME2(3) NULL,
    keys_compared_run_id  BIGINT NULL,
    CONSTRAINT PK_source_watermark PRIMARY KEY CLUSTERED (source_name)
);

-- One row per pull run (etl.run has the counts): the watermark before, where the read started (before
-- less the overlap window), the watermark after, and what the deleted-case key comparison did.
CREATE TABLE etl.source_pull (
    run_id               BIGINT NOT NULL,
    source_name          NVARCHAR(100) NOT NULL,
    provider             NVARCHAR(100) NOT NULL,
    data_kind            NVARCHAR(30) NOT NULL,
    watermark_column     NVARCHAR(128) NOT NULL,
    watermark_before     NVARCHAR(40) NULL,
    read_from            NVARCHAR(40) NULL,
    watermark_after      NVARCHAR(40) NULL,
    full_read            BIT NOT NULL,
    keys_compared        BIT NOT NULL,
    source_keys          BIGINT NULL,
    rows_marked_deleted  BIGINT NOT NULL,
    rows_restored        BIGINT NOT NULL,
    attempt              INT NOT NULL,
    CONSTRAINT PK_source_pull PRIMARY KEY CLUSTERED (run_id)
);

CREATE NONCLUSTERED INDEX IX_source_pull_source_name ON etl.source_pull (source_name, run_id);
GO

-- The key comparison and the restores look for a source's own live or marked rows.
CREATE NONCLUSTERED INDEX IX_fact_complaint_stage_source_file
    ON dw.fact_complaint_stage (source_file) INCLUDE (authority_key, case_reference, stage, deleted_at);
CREATE NONCLUSTERED INDEX IX_fact_representation_source_file
    ON dw.fact_representation (source_file) INCLUDE (authority_key, case_reference, deleted_at);
