-- Themes (numbers 030-039). Same columns and views as ../duckdb/030_themes.sql.
ALTER TABLE staging.case_row ADD coded_themes NVARCHAR(400) NULL;
GO
ALTER TABLE dw.fact_complaint_stage ADD coded_themes NVARCHAR(400) NULL;
GO
ALTER TABLE dw.bridge_complaint_theme ADD row_hash NVARCHAR(64) NULL;
GO
ALTER TABLE dw.bridge_complaint_theme ADD assigned_run_id BIGINT NULL;
GO
CREATE VIEW mart.complaint_theme AS
SELECT
    a.la_code,
    f.case_reference,
    ps.[procedure],
    f.stage,
    d.financial_year,
    f.received_date,
    f.service_area,
    t.reporting_team,
    o.outcome_code AS outcome,
    o.is_upheld_or_partly,
    th.theme_code,
    th.theme_name,
    b.rank_order,
    b.source,
    b.score,
    b.model_version
FROM dw.bridge_complaint_theme AS b
JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
LEFT JOIN dw.dim_team AS t ON t.team_key = f.team_key;
GO
CREATE VIEW mart.theme_summary AS
SELECT
    a.la_code,
    d.financial_year,
    ps.[procedure],
    f.stage,
    th.theme_code,
    th.theme_name,
    COUNT_BIG(*) AS raised,
    CAST(SUM(CASE WHEN o.outcome_code IN (N'upheld', N'partially_upheld', N'not_upheld') THEN 1 ELSE 0 END) AS BIGINT) AS decided,
    CAST(SUM(CASE WHEN o.is_upheld_or_partly = 1 THEN 1 ELSE 0 END) AS BIGINT) AS upheld_or_partly,
    CAST(CAST(SUM(CASE WHEN o.is_upheld_or_partly = 1 THEN 1 ELSE 0 END) AS FLOAT) / COUNT_BIG(*) AS FLOAT) AS upheld_share
FROM dw.bridge_complaint_theme AS b
JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
GROUP BY a.la_code, d.financial_year, ps.[procedure], f.stage, th.theme_code, th.theme_name;
GO
