DROP TABLE IF EXISTS benchmark_row;
DROP TABLE IF EXISTS benchmark_rated;
DROP TABLE IF EXISTS benchmark_measure;
DROP TABLE IF EXISTS benchmark_funnel;
DROP TABLE IF EXISTS benchmark_rate_definition;
