-- Database sources: pulls straight from a case system's reporting database (etl/DatabaseSources/).
-- A fact whose case was deleted in its source is marked, never dropped: deleted_at and deleted_run_id
-- say when and by which pull; the mart views leave marked rows out (041).
ALTER TABLE dw.fact_complaint_stage ADD COLUMN deleted_at TIMESTAMP;
ALTER TABLE dw.fact_complaint_stage ADD COLUMN deleted_run_id BIGINT;
ALTER TABLE dw.fact_representation ADD COLUMN deleted_at TIMESTAMP;
ALTER TABLE dw.fact_representation ADD COLUMN deleted_run_id BIGINT;

-- Where each source's next incremental pull starts. Written inside the pull's transaction, so it moves
-- only when the rows it covers are committed. The value is text: an ISO date-time or a row version.
CREATE TABLE etl.source_watermark (
    source_name           VARCHAR PRIMARY KEY,
    watermark_column      VARCHAR NOT NULL,
    watermark_type        VARCHAR NOT NULL,
    watermark             VARCHAR,
    run_id                BIGINT NOT NULL,
    updated_at            TIMESTAMP NOT NULL,
    keys_compared_at      TIMESTAMP,
    keys_compared_run_id  BIGINT
);

-- One row per pull run (etl.run has the counts): the watermark before, where the read started (before
-- less the overlap window), the watermark after, and what the deleted-case key comparison did.
CREATE TABLE etl.source_pull (
    run_id               BIGINT PRIMARY KEY,
    source_name          VARCHAR NOT NULL,
    provider             VARCHAR NOT NULL,
    data_kind            VARCHAR NOT NULL,
    watermark_column     VARCHAR NOT NULL,
    watermark_before     VARCHAR,
    read_from            VARCHAR,
    watermark_after      VARCHAR,
    full_read            BOOLEAN NOT NULL,
    keys_compared        BOOLEAN NOT NULL,
    source_keys          BIGINT,
    rows_marked_deleted  BIGINT NOT NULL,
    rows_restored        BIGINT NOT NULL,
    attempt              INTEGER NOT NULL
);
