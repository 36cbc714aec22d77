-- mart.complaint_theme (042) joined its dimensions with INNER joins, so DuckDB's optimizer joined them to the fact
-- table first and built the bridge join's hash table from 1.2 M fact rows carrying every dimension's text. At national
-- scale that table outgrew the warehouse's 192 MB memory cap and the view took 0.3-0.4 s longer to stream than without
-- the cap. LEFT joins are not reordered below the bridge join, so its hash table holds the fact's own columns only and
-- the small dimensions are joined to the result. Every key below is NOT NULL and every fact row has its dimensions
-- (the load resolves them; the kill test checks it), so the rows are the same.
CREATE OR REPLACE VIEW mart.complaint_theme AS
SELECT
    a.la_code,
    f.case_reference,
    ps.procedure,
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
LEFT JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
LEFT JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
LEFT JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
LEFT JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
LEFT JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
LEFT JOIN dw.dim_team AS t ON t.team_key = f.team_key
WHERE f.deleted_at IS NULL;
