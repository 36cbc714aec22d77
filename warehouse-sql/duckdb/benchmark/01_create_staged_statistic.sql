-- The file's values, shaped like the statistics facts (they share one shape). A temporary table: it
-- never reaches the warehouse file and vanishes with the connection if the process dies.
CREATE OR REPLACE TEMP TABLE staged_statistic AS SELECT * FROM dw.fact_referrals LIMIT 0;
