-- Themes (numbers 030-039). The officer's category mapped to themes by the council's profile is kept
-- with the stage (coded_themes: codes separated by ';'), so the theme assignment that runs after each
-- load can tell coded stages from stages the model must read. Each bridge row records the fact's
-- row_hash it was assigned from and the run that assigned it: a changed row or a new model version
-- means the stage is assigned again (analysts' reviewed rows excepted).
ALTER TABLE staging.case_row ADD COLUMN coded_themes VARCHAR;
ALTER TABLE dw.fact_complaint_stage ADD COLUMN coded_themes VARCHAR;
ALTER TABLE dw.bridge_complaint_theme ADD COLUMN row_hash VARCHAR;
ALTER TABLE dw.bridge_complaint_theme ADD COLUMN assigned_run_id BIGINT;

-- One row per complaint stage and theme, with who assigned it: coded (officer's category through the
-- profile), predicted (the model, with its probability and version) or reviewed (an analyst).
CREATE VIEW mart.complaint_theme AS
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
JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
LEFT JOIN dw.dim_team AS t ON t.team_key = f.team_key;

-- The annual report's themes table: per council, year, procedure, stage and theme, the stages raising
-- the theme, how many were decided (upheld, partly or not upheld) and how many upheld or partly upheld.
CREATE VIEW mart.theme_summary AS
SELECT
    a.la_code,
    d.financial_year,
    ps.procedure,
    f.stage,
    th.theme_code,
    th.theme_name,
    count(*) AS raised,
    count(*) FILTER (WHERE o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld')) AS decided,
    count(*) FILTER (WHERE o.is_upheld_or_partly) AS upheld_or_partly,
    CAST(count(*) FILTER (WHERE o.is_upheld_or_partly) AS DOUBLE) / count(*) AS upheld_share
FROM dw.bridge_complaint_theme AS b
JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
GROUP BY a.la_code, d.financial_year, ps.procedure, f.stage, th.theme_code, th.theme_name;
