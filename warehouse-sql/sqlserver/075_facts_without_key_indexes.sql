-- Nothing to change on SQL Server. ../duckdb/075_facts_without_key_indexes.sql rebuilds DuckDB's two fact tables
-- without their key constraints, which DuckDB keeps as ART indexes that every insert and checkpoint pays for. Here the
-- natural-key constraint is the index the merge seeks on, and the clustered primary key orders the table, so both stay.
-- The file exists so that both engines keep the same numbered scripts.
SELECT 1 AS nothing_to_change;
