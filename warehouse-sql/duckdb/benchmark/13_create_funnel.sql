-- Funnel limits computed by the etl (binomial and Poisson quantiles), on each rate's scale.
CREATE OR REPLACE TEMP TABLE benchmark_funnel (
    rate         VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    denominator  DOUBLE NOT NULL,
    lower_95     DOUBLE,
    upper_95     DOUBLE,
    lower_998    DOUBLE,
    upper_998    DOUBLE
);
