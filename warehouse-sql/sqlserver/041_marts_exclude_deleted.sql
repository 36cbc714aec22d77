-- The analyst-facing views of 006, unchanged in their columns, now leave out facts whose case was
-- deleted in its source (040: deleted_at). Same views and columns as ../duckdb/041_marts_exclude_deleted.sql.
-- A later migration that redefines one of them must keep the deleted_at filter.
CREATE OR ALTER VIEW mart.complaint_timeliness AS
SELECT
    a.la_code,
    f.case_reference,
    ps.[procedure],
    f.stage,
    d.financial_year,
    f.received_date,
    f.deadline_date,
    f.responded_date,
    f.working_days_taken,
    f.extended,
    f.within_timescale,
    f.clock_status
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
WHERE f.deleted_at IS NULL;
GO

CREATE OR ALTER VIEW mart.complaint_stage AS
SELECT
    a.la_code,
    a.name AS authority_name,
    f.case_reference,
    ps.[procedure],
    f.stage,
    d.financial_year,
    f.received_date,
    f.deadline_date,
    f.responded_date,
    f.working_days_taken,
    f.extended,
    f.within_timescale,
    f.clock_status,
    f.service_area,
    t.team_name,
    t.reporting_team,
    o.outcome_code AS outcome,
    o.is_upheld_or_partly,
    ct.complainant_type_code AS complainant_type,
    f.advocate,
    rm.receipt_method_code AS receipt_method,
    f.escalated,
    f.compensation,
    f.category,
    f.summary_redacted,
    f.learning_redacted
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
LEFT JOIN dw.dim_team AS t ON t.team_key = f.team_key
LEFT JOIN dw.dim_complainant_type AS ct ON ct.complainant_type_key = f.complainant_type_key
LEFT JOIN dw.dim_receipt_method AS rm ON rm.receipt_method_key = f.receipt_method_key
WHERE f.deleted_at IS NULL;
GO

-- COUNT_BIG, not COUNT: DuckDB's count(*) is BIGINT and the two engines keep the same column types.
CREATE OR ALTER VIEW mart.representations_by_year AS
SELECT
    a.la_code,
    d.financial_year,
    CONCAT(N'complaint_', ps.[procedure], N'_stage', f.stage) AS representation_type,
    COUNT_BIG(*) AS received
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
WHERE f.deleted_at IS NULL
GROUP BY a.la_code, d.financial_year, CONCAT(N'complaint_', ps.[procedure], N'_stage', f.stage)
UNION ALL
SELECT
    a.la_code,
    d.financial_year,
    r.representation_type,
    COUNT_BIG(*) AS received
FROM dw.fact_representation AS r
JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
WHERE r.deleted_at IS NULL
GROUP BY a.la_code, d.financial_year, r.representation_type;
GO

-- What the deleted-case comparison marked, for the analyst who asks where a case went.
CREATE VIEW mart.deleted_case AS
SELECT a.la_code, f.case_reference, f.stage, f.received_date, f.source_file, f.deleted_at, f.deleted_run_id
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
WHERE f.deleted_at IS NOT NULL
UNION ALL
SELECT a.la_code, r.case_reference, NULL, r.received_date, r.source_file, r.deleted_at, r.deleted_run_id
FROM dw.fact_representation AS r
JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
WHERE r.deleted_at IS NOT NULL;
GO
