-- Scheduled and manual job runs (serve, run <job>). A job run is also a row of etl.run with kind 'job',
-- so `runs` lists it beside single-file imports; these tables add what only a job has.
-- Same tables and columns as ../sqlserver/050_job_runs.sql.
CREATE TABLE etl.job_run (
    run_id            BIGINT PRIMARY KEY,
    job_name          VARCHAR NOT NULL,
    trigger_kind      VARCHAR NOT NULL,
    scheduled_for     TIMESTAMP,
    attempt           INTEGER NOT NULL DEFAULT 0,
    host_name         VARCHAR NOT NULL,
    fire_instance_id  VARCHAR,
    files_loaded      INTEGER NOT NULL DEFAULT 0,
    files_skipped     INTEGER NOT NULL DEFAULT 0,
    files_failed      INTEGER NOT NULL DEFAULT 0,
    failed_step       VARCHAR,
    failure_kind      VARCHAR,
    last_run_id       BIGINT
);

-- One row per step of a job run, in the order the steps ran; a failed step is the last one.
CREATE TABLE etl.job_step (
    run_id       BIGINT NOT NULL,
    step_no      INTEGER NOT NULL,
    step_name    VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    message      VARCHAR,
    PRIMARY KEY (run_id, step_no)
);
