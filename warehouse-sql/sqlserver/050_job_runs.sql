-- Scheduled and manual job runs (serve, run <job>). A job run is also a row of etl.run with kind 'job',
-- so `runs` lists it beside single-file imports; these tables add what only a job has.
-- Same tables and columns as ../duckdb/050_job_runs.sql. Quartz's own tables are not migrations:
-- they are in quartz/tables_sqlServer.sql, applied only where the scheduler uses the ADO job store.
CREATE TABLE etl.job_run (
    run_id            BIGINT NOT NULL,
    job_name          NVARCHAR(100) NOT NULL,
    trigger_kind      NVARCHAR(20) NOT NULL,
    scheduled_for     DATETIME2(3) NULL,
    attempt           INT NOT NULL CONSTRAINT DF_job_run_attempt DEFAULT (0),
    host_name         NVARCHAR(200) NOT NULL,
    fire_instance_id  NVARCHAR(140) NULL,
    files_loaded      INT NOT NULL CONSTRAINT DF_job_run_files_loaded DEFAULT (0),
    files_skipped     INT NOT NULL CONSTRAINT DF_job_run_files_skipped DEFAULT (0),
    files_failed      INT NOT NULL CONSTRAINT DF_job_run_files_failed DEFAULT (0),
    failed_step       NVARCHAR(100) NULL,
    failure_kind      NVARCHAR(20) NULL,
    last_run_id       BIGINT NULL,
    CONSTRAINT PK_job_run PRIMARY KEY CLUSTERED (run_id)
);

-- "When did this job last complete?" (the start-up catch-up check) looks runs up by job.
CREATE NONCLUSTERED INDEX IX_job_run_job_name ON etl.job_run (job_name, run_id);

-- One row per step of a job run, in the order the steps ran; a failed step is the last one.
CREATE TABLE etl.job_step (
    run_id       BIGINT NOT NULL,
    step_no      INT NOT NULL,
    step_name    NVARCHAR(100) NOT NULL,
    status       NVARCHAR(20) NOT NULL,
    started_at   DATETIME2(3) NOT NULL,
    finished_at  DATETIME2(3) NULL,
    message      NVARCHAR(MAX) NULL,
    CONSTRAINT PK_job_step PRIMARY KEY CLUSTERED (run_id, step_no)
);
