-- Nothing to change on SQL Server. ../duckdb/076_complaint_theme_joins_after_the_bridge.sql rewrites
-- mart.complaint_theme's dimension joins as LEFT joins so that DuckDB builds the bridge join's hash table from the fact
-- table's own columns and keeps it inside the warehouse's memory cap; the rows are the same. SQL Server plans the view
-- on its own statistics and indexes. The file exists so that both engines keep the same numbered scripts.
SELECT 1 AS nothing_to_change;
