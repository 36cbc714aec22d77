DROP TABLE IF EXISTS staged_statistic;
