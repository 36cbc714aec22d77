-- The rates of etl/Benchmark/RateCatalog.cs, appended by the etl: formulas live in one place.
CREATE OR REPLACE TEMP TABLE benchmark_rate_definition (
    rate                 VARCHAR NOT NULL,
    numerator_measure    VARCHAR NOT NULL,
    fallback_measure     VARCHAR,
    fallback_flag        VARCHAR,
    denominator_measure  VARCHAR NOT NULL,
    scale                DOUBLE NOT NULL,
    distribution         VARCHAR NOT NULL
);
