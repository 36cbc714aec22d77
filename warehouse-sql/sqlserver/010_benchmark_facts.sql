-- Benchmarking across councils: public statistics and published figures, one value per row.
-- Same tables and columns as ../duckdb/010_benchmark_facts.sql (see there for the shared shape).

-- DfE statistical neighbours: each authority's ten nearest, per model (e.g. '2025').
CREATE TABLE dw.authority_neighbour (
    model              NVARCHAR(20) NOT NULL,
    la_code            NVARCHAR(10) NOT NULL,
    neighbour_rank     SMALLINT NOT NULL,
    neighbour_la_code  NVARCHAR(10) NOT NULL,
    closeness          NVARCHAR(50) NULL,
    source_file        NVARCHAR(400) NOT NULL,
    loaded_run_id      BIGINT NULL,
    CONSTRAINT PK_authority_neighbour PRIMARY KEY CLUSTERED (model, la_code, neighbour_rank)
);

-- Children in need referrals (DfE c1, a council's own CIN census return) and ONS child population.
CREATE TABLE dw.fact_referrals (
    authority_key     INT NULL,
    la_code           NVARCHAR(10) NULL,
    area_code         NVARCHAR(20) NOT NULL,
    area_name         NVARCHAR(200) NOT NULL,
    geographic_level  NVARCHAR(30) NOT NULL,
    region_code       NVARCHAR(20) NULL,
    period            NVARCHAR(10) NOT NULL,
    time_period       NVARCHAR(20) NOT NULL,
    time_identifier   NVARCHAR(50) NOT NULL,
    category          NVARCHAR(200) NOT NULL,
    measure           NVARCHAR(100) NOT NULL,
    value             DECIMAL(18, 3) NULL,
    marker            NVARCHAR(10) NULL,
    suppressed        BIT NOT NULL,
    source            NVARCHAR(400) NOT NULL,
    origin            NVARCHAR(20) NOT NULL,
    source_file       NVARCHAR(400) NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          NVARCHAR(64) NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT NULL,
    CONSTRAINT PK_fact_referrals PRIMARY KEY CLUSTERED (area_code, period, category, measure, origin)
);

CREATE NONCLUSTERED INDEX IX_fact_referrals_la_code_period
    ON dw.fact_referrals (la_code, period) INCLUDE (measure, value, marker, origin);

-- Education, health and care plans (DfE SEN2 tables): headline rows only.
CREATE TABLE dw.fact_ehcp (
    authority_key     INT NULL,
    la_code           NVARCHAR(10) NULL,
    area_code         NVARCHAR(20) NOT NULL,
    area_name         NVARCHAR(200) NOT NULL,
    geographic_level  NVARCHAR(30) NOT NULL,
    region_code       NVARCHAR(20) NULL,
    period            NVARCHAR(10) NOT NULL,
    time_period       NVARCHAR(20) NOT NULL,
    time_identifier   NVARCHAR(50) NOT NULL,
    category          NVARCHAR(200) NOT NULL,
    measure           NVARCHAR(100) NOT NULL,
    value             DECIMAL(18, 3) NULL,
    marker            NVARCHAR(10) NULL,
    suppressed        BIT NOT NULL,
    source            NVARCHAR(400) NOT NULL,
    origin            NVARCHAR(20) NOT NULL,
    source_file       NVARCHAR(400) NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          NVARCHAR(64) NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT NULL,
    CONSTRAINT PK_fact_ehcp PRIMARY KEY CLUSTERED (area_code, period, category, measure, origin)
);

CREATE NONCLUSTERED INDEX IX_fact_ehcp_la_code_period
    ON dw.fact_ehcp (la_code, period) INCLUDE (measure, value, marker, origin);

-- Local Government and Social Care Ombudsman annual review data, per council and category.
CREATE TABLE dw.fact_ombudsman (
    authority_key     INT NULL,
    la_code           NVARCHAR(10) NULL,
    area_code         NVARCHAR(20) NOT NULL,
    area_name         NVARCHAR(200) NOT NULL,
    geographic_level  NVARCHAR(30) NOT NULL,
    region_code       NVARCHAR(20) NULL,
    period            NVARCHAR(10) NOT NULL,
    time_period       NVARCHAR(20) NOT NULL,
    time_identifier   NVARCHAR(50) NOT NULL,
    category          NVARCHAR(200) NOT NULL,
    measure           NVARCHAR(100) NOT NULL,
    value             DECIMAL(18, 3) NULL,
    marker            NVARCHAR(10) NULL,
    suppressed        BIT NOT NULL,
    source            NVARCHAR(400) NOT NULL,
    origin            NVARCHAR(20) NOT NULL,
    source_file       NVARCHAR(400) NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          NVARCHAR(64) NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT NULL,
    CONSTRAINT PK_fact_ombudsman PRIMARY KEY CLUSTERED (area_code, period, category, measure, origin)
);

CREATE NONCLUSTERED INDEX IX_fact_ombudsman_la_code_period
    ON dw.fact_ombudsman (la_code, period) INCLUDE (measure, value, marker, origin);

-- Councils' published figures in the benchmark-returns format (measure codes as in benchmark-returns.md).
CREATE TABLE dw.fact_published_measure (
    authority_key     INT NULL,
    la_code           NVARCHAR(10) NULL,
    area_code         NVARCHAR(20) NOT NULL,
    area_name         NVARCHAR(200) NOT NULL,
    geographic_level  NVARCHAR(30) NOT NULL,
    region_code       NVARCHAR(20) NULL,
    period            NVARCHAR(10) NOT NULL,
    time_period       NVARCHAR(20) NOT NULL,
    time_identifier   NVARCHAR(50) NOT NULL,
    category          NVARCHAR(200) NOT NULL,
    measure           NVARCHAR(100) NOT NULL,
    value             DECIMAL(18, 3) NULL,
    marker            NVARCHAR(10) NULL,
    suppressed        BIT NOT NULL,
    source            NVARCHAR(400) NOT NULL,
    origin            NVARCHAR(20) NOT NULL,
    source_file       NVARCHAR(400) NOT NULL,
    source_row        BIGINT NOT NULL,
    row_hash          NVARCHAR(64) NOT NULL,
    loaded_run_id     BIGINT NOT NULL,
    updated_run_id    BIGINT NULL,
    CONSTRAINT PK_fact_published_measure PRIMARY KEY CLUSTERED (area_code, period, category, measure, origin)
);

CREATE NONCLUSTERED INDEX IX_fact_published_measure_la_code_period
    ON dw.fact_published_measure (la_code, period) INCLUDE (measure, value, marker, origin);
