-- Schemas and the operational tables every load writes to.
CREATE SCHEMA IF NOT EXISTS dw;
CREATE SCHEMA IF NOT EXISTS etl;
CREATE SCHEMA IF NOT EXISTS mart;
CREATE SCHEMA IF NOT EXISTS staging;

CREATE SEQUENCE etl.seq_run START 1;

CREATE TABLE etl.run (
    run_id          BIGINT PRIMARY KEY DEFAULT nextval('etl.seq_run'),
    kind            VARCHAR NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    status          VARCHAR NOT NULL,
    source_file     VARCHAR,
    source_hash     VARCHAR,
    profile_name    VARCHAR,
    as_of_date      DATE,
    forced          BOOLEAN NOT NULL DEFAULT false,
    rows_read       BIGINT NOT NULL DEFAULT 0,
    rows_loaded     BIGINT NOT NULL DEFAULT 0,
    rows_updated    BIGINT NOT NULL DEFAULT 0,
    rows_unchanged  BIGINT NOT NULL DEFAULT 0,
    rows_rejected   BIGINT NOT NULL DEFAULT 0,
    message         VARCHAR
);

CREATE TABLE etl.reject (
    reject_id       BIGINT PRIMARY KEY,
    run_id          BIGINT NOT NULL,
    source_file     VARCHAR NOT NULL,
    source_row      BIGINT NOT NULL,
    column_name     VARCHAR,
    case_reference  VARCHAR,
    value           VARCHAR,
    reason          VARCHAR NOT NULL
);
