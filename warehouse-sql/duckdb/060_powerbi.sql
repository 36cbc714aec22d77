-- Power BI (numbers 060-069): who may see which council's case-level rows in the semantic model, and
-- what each publish to Power BI did. The run itself is in etl.run with kind 'powerbi'.

-- Row-level security of the semantic model's 'Council users' role. principal is a user principal name
-- (jo.bloggs@northbrook.gov.uk) or a whole e-mail domain written with its @ (@northbrook.gov.uk); a
-- Power BI user sees the case-level rows of the councils listed for them or for their domain, and none
-- of any other council. The data team keeps this table; nothing loads it.
CREATE TABLE dw.council_access (
    principal  VARCHAR NOT NULL,
    la_code    VARCHAR NOT NULL,
    PRIMARY KEY (principal, la_code)
);

-- One row per powerbi run: which operation on which dataset, and how Power BI answered.
CREATE TABLE etl.powerbi_run (
    run_id         BIGINT PRIMARY KEY,
    operation      VARCHAR NOT NULL,
    workspace_id   VARCHAR NOT NULL,
    dataset_id     VARCHAR,
    dataset_name   VARCHAR,
    request_id     VARCHAR,
    outcome        VARCHAR NOT NULL,
    service_error  VARCHAR
);

-- What a push sent for each table.
CREATE TABLE etl.powerbi_push_table (
    run_id             BIGINT NOT NULL,
    table_name         VARCHAR NOT NULL,
    rows_pushed        BIGINT NOT NULL,
    requests           INTEGER NOT NULL,
    truncated_values   INTEGER NOT NULL,
    throttled_seconds  DOUBLE NOT NULL,
    PRIMARY KEY (run_id, table_name)
);
