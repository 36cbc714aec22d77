DROP TABLE IF EXISTS benchmark_row;
DROP TABLE IF EXISTS benchmark_funnel;
DROP TABLE IF EXISTS benchmark_rate_definition;
