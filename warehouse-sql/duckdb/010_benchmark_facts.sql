-- Benchmarking across councils: public statistics and published figures, one value per row.
-- The four facts share one shape so that one load path merges them all (etl/Statistics). Natural key:
-- (area_code, period, category, measure, origin). period is always a financial year ('2023/24');
-- time_period and time_identifier keep what the publisher wrote. A marker (c, x, z, u, low, k) is kept
-- beside a missing value; suppressed is true when the publisher wrote 'c'.

-- DfE statistical neighbours: each authority's ten nearest, per model (e.g. '2025').
CREATE TABLE dw.authority_neighbour (
    model              VARCHAR NOT NULL,
    la_code            VARCHAR NOT NULL,
    neighbour_rank     SMALLINT NOT NULL,
    neighbour_la_code  VARCHAR NOT NULL,
    closeness          VARCHAR,
    source_file        VARCHAR NOT NULL,
    loaded_run_id      BIGINT,
    PRIMARY KEY (model, la_code, neighbour_rank)
);

-- Children in need referrals (DfE c1, a council's own CIN census return) and ONS child population.
CREATE TABLE dw.fact_referrals (
    authority_key     INTEGER,
    la_code           VARCHAR,
    area_code         VARCHAR NOT NULL,
    area_name         VARCHAR NOT NULL,
    geographic_level  VARCHAR NOT NULL,
    region_code       VARCHAR,
    period            VARCHAR NOT NULL,
    time_period       VARCHAR NOT NULL,
    time_identifier   VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    value             DECIMAL(18, 3),
    marker            VARCHAR,
    suppressed        BOOLEAN NOT NULL,
    source            VARCHAR NOT NULL,
    origin            VARCHAR NOT NULL,
    source_file       VARCHAR NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          VARCHAR NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT,
    PRIMARY KEY (area_code, period, category, measure, origin)
);

-- Education, health and care plans (DfE SEN2 tables): headline rows only.
CREATE TABLE dw.fact_ehcp (
    authority_key     INTEGER,
    la_code           VARCHAR,
    area_code         VARCHAR NOT NULL,
    area_name         VARCHAR NOT NULL,
    geographic_level  VARCHAR NOT NULL,
    region_code       VARCHAR,
    period            VARCHAR NOT NULL,
    time_period       VARCHAR NOT NULL,
    time_identifier   VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    value             DECIMAL(18, 3),
    marker            VARCHAR,
    suppressed        BOOLEAN NOT NULL,
    source            VARCHAR NOT NULL,
    origin            VARCHAR NOT NULL,
    source_file       VARCHAR NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          VARCHAR NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT,
    PRIMARY KEY (area_code, period, category, measure, origin)
);

-- Local Government and Social Care Ombudsman annual review data, per council and category.
CREATE TABLE dw.fact_ombudsman (
    authority_key     INTEGER,
    la_code           VARCHAR,
    area_code         VARCHAR NOT NULL,
    area_name         VARCHAR NOT NULL,
    geographic_level  VARCHAR NOT NULL,
    region_code       VARCHAR,
    period            VARCHAR NOT NULL,
    time_period       VARCHAR NOT NULL,
    time_identifier   VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    value             DECIMAL(18, 3),
    marker            VARCHAR,
    suppressed        BOOLEAN NOT NULL,
    source            VARCHAR NOT NULL,
    origin            VARCHAR NOT NULL,
    source_file       VARCHAR NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          VARCHAR NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT,
    PRIMARY KEY (area_code, period, category, measure, origin)
);

-- Councils' published figures in the benchmark-returns format (measure codes as in benchmark-returns.md).
CREATE TABLE dw.fact_published_measure (
    authority_key     INTEGER,
    la_code           VARCHAR,
    area_code         VARCHAR NOT NULL,
    area_name         VARCHAR NOT NULL,
    geographic_level  VARCHAR NOT NULL,
    region_code       VARCHAR,
    period            VARCHAR NOT NULL,
    time_period       VARCHAR NOT NULL,
    time_identifier   VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    value             DECIMAL(18, 3),
    marker            VARCHAR,
    suppressed        BOOLEAN NOT NULL,
    source            VARCHAR NOT NULL,
    origin            VARCHAR NOT NULL,
    source_file       VARCHAR NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          VARCHAR NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT,
    PRIMARY KEY (area_code, period, category, measure, origin)
);
