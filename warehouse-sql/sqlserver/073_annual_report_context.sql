-- The annual report's Ombudsman, context, neighbours and learning tables. Same views and columns as
-- ../duckdb/073_annual_report_context.sql, which says what each counts and how unit and decimals read.
CREATE VIEW mart.annual_ombudsman AS
WITH measures AS (
    SELECT measure, measure_name, unit, decimals, sort_order
    FROM (VALUES
        (N'lgsco_received', N'Complaints and enquiries received by the Ombudsman', N'count', 0, 1),
        (N'lgsco_decisions_made', N'Decisions made', N'count', 0, 2),
        (N'lgsco_detailed_investigations', N'Detailed investigations', N'count', 0, 3),
        (N'lgsco_upheld', N'Upheld', N'count', 0, 4),
        (N'lgsco_uphold_rate', N'Upheld, as a share of detailed investigations', N'percent', 0, 5),
        (N'lgsco_satisfactory_remedy', N'Upheld where the council had already offered a satisfactory remedy', N'percent', 0, 6),
        (N'lgsco_compliance_rate', N'Ombudsman''s recommendations complied with', N'percent', 0, 7)
    ) AS k (measure, measure_name, unit, decimals, sort_order)
),
published AS (
    SELECT la_code, period, measure, value, source
    FROM mart.authority_measures
    WHERE measure IN (N'lgsco_received', N'lgsco_detailed_investigations', N'lgsco_upheld') AND value IS NOT NULL
),
review AS (
    SELECT la_code, period, CONCAT(N'lgsco_', measure) AS measure, MAX(value) AS value, MAX(source) AS source
    FROM dw.fact_ombudsman
    WHERE category = N'education_and_childrens_services' AND measure IN (N'decisions_made', N'satisfactory_remedy', N'compliance_rate')
      AND value IS NOT NULL AND la_code IS NOT NULL
    GROUP BY la_code, period, measure
),
figures AS (
    SELECT la_code, period, measure, CAST(value AS FLOAT) AS value, source FROM published
    UNION ALL
    SELECT la_code, period, measure, CAST(value AS FLOAT), source FROM review
    UNION ALL
    SELECT u.la_code, u.period, N'lgsco_uphold_rate', CAST(100.0 * u.value / i.value AS FLOAT), u.source
    FROM published AS u
    JOIN published AS i ON i.la_code = u.la_code AND i.period = u.period AND i.measure = N'lgsco_detailed_investigations'
    WHERE u.measure = N'lgsco_upheld' AND i.value > 0
),
grid AS (
    SELECT y.la_code, y.financial_year, m.measure, m.measure_name, m.unit, m.decimals, m.sort_order, f.value, f.source
    FROM mart.annual_council_year AS y
    CROSS JOIN measures AS m
    LEFT JOIN figures AS f ON f.la_code = y.la_code AND f.period = y.financial_year AND f.measure = m.measure
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_year,
        LAG(g.value) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_value
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(measure AS NVARCHAR(100)) AS measure,
    CAST(measure_name AS NVARCHAR(200)) AS measure_name,
    CAST(unit AS NVARCHAR(20)) AS unit,
    CAST(decimals AS INT) AS decimals,
    CAST(sort_order AS INT) AS sort_order,
    CAST(value AS FLOAT) AS value,
    CAST(source AS NVARCHAR(400)) AS source,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_value AS FLOAT) AS previous_value,
    CAST(CASE WHEN unit = N'count' AND previous_value > 0 THEN 100.0 * (value - previous_value) / previous_value END AS FLOAT) AS change_pct,
    CAST(CASE WHEN unit <> N'count' THEN value - previous_value END AS FLOAT) AS change_points,
    CAST(CASE WHEN value IS NULL OR previous_value IS NULL THEN NULL
              WHEN value = previous_value THEN N'level'
              WHEN unit = N'count' AND previous_value > 0 AND ABS(100.0 * (value - previous_value) / previous_value) < 0.5 THEN N'level'
              WHEN unit <> N'count' AND ABS(value - previous_value) < 0.5 / POWER(10.0, decimals) THEN N'level'
              WHEN value > previous_value THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_context AS
WITH measures AS (
    SELECT measure, measure_name, unit, decimals, sort_order
    FROM (VALUES
        (N'complaints_social_care_stage1', N'New social care complaints (stage 1)', N'count', 0, 1),
        (N'cin_referrals', N'Referrals to children''s social care', N'count', 0, 2),
        (N'social_care_complaints_pct_of_referrals', N'Social care complaints as a share of referrals (%)', N'percent', 2, 3),
        (N'complaints_send_stage1', N'New SEND complaints (stage 1)', N'count', 0, 4),
        (N'ehc_plans_issued', N'EHC plans issued', N'count', 0, 5),
        (N'send_complaints_per_100_ehc_plans', N'SEND complaints per 100 EHC plans issued', N'ratio', 2, 6)
    ) AS k (measure, measure_name, unit, decimals, sort_order)
),
complaints AS (
    SELECT
        a.la_code,
        d.financial_year,
        SUM(CASE WHEN f.service_area = N'social_care' THEN 1 ELSE 0 END) AS social_care,
        SUM(CASE WHEN f.service_area = N'send' THEN 1 ELSE 0 END) AS send
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year
),
per_year AS (
    SELECT
        y.la_code,
        y.financial_year,
        COALESCE(c.social_care, 0) AS social_care,
        COALESCE(c.send, 0) AS send,
        r.value AS referrals,
        r.source AS referrals_source,
        p.value AS plans,
        p.source AS plans_source
    FROM mart.annual_council_year AS y
    LEFT JOIN complaints AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year
    LEFT JOIN mart.authority_measures AS r ON r.la_code = y.la_code AND r.period = y.financial_year AND r.measure = N'cin_referrals'
    LEFT JOIN mart.authority_measures AS p ON p.la_code = y.la_code AND p.period = y.financial_year AND p.measure = N'ehc_plans_issued'
),
figures AS (
    SELECT la_code, financial_year, N'complaints_social_care_stage1' AS measure, CAST(social_care AS FLOAT) AS value, CAST(N'case records in this warehouse' AS NVARCHAR(400)) AS source FROM per_year
    UNION ALL SELECT la_code, financial_year, N'cin_referrals', CAST(referrals AS FLOAT), referrals_source FROM per_year
    UNION ALL SELECT la_code, financial_year, N'social_care_complaints_pct_of_referrals',
        CAST(CASE WHEN referrals > 0 THEN 100.0 * social_care / referrals END AS FLOAT), referrals_source FROM per_year
    UNION ALL SELECT la_code, financial_year, N'complaints_send_stage1', CAST(send AS FLOAT), N'case records in this warehouse' FROM per_year
    UNION ALL SELECT la_code, financial_year, N'ehc_plans_issued', CAST(plans AS FLOAT), plans_source FROM per_year
    UNION ALL SELECT la_code, financial_year, N'send_complaints_per_100_ehc_plans',
        CAST(CASE WHEN plans > 0 THEN 100.0 * send / plans END AS FLOAT), plans_source FROM per_year
),
grid AS (
    SELECT f.la_code, f.financial_year, m.measure, m.measure_name, m.unit, m.decimals, m.sort_order, f.value, f.source
    FROM figures AS f
    JOIN measures AS m ON m.measure = f.measure
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_year,
        LAG(g.value) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_value
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(measure AS NVARCHAR(100)) AS measure,
    CAST(measure_name AS NVARCHAR(200)) AS measure_name,
    CAST(unit AS NVARCHAR(20)) AS unit,
    CAST(decimals AS INT) AS decimals,
    CAST(sort_order AS INT) AS sort_order,
    CAST(value AS FLOAT) AS value,
    CAST(source AS NVARCHAR(400)) AS source,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_value AS FLOAT) AS previous_value,
    CAST(CASE WHEN unit = N'count' AND previous_value > 0 THEN 100.0 * (value - previous_value) / previous_value END AS FLOAT) AS change_pct,
    CAST(CASE WHEN unit <> N'count' THEN value - previous_value END AS FLOAT) AS change_points,
    CAST(CASE WHEN value IS NULL OR previous_value IS NULL THEN NULL
              WHEN value = previous_value THEN N'level'
              WHEN unit = N'count' AND previous_value > 0 AND ABS(100.0 * (value - previous_value) / previous_value) < 0.5 THEN N'level'
              WHEN unit <> N'count' AND ABS(value - previous_value) < 0.5 / POWER(10.0, decimals) THEN N'level'
              WHEN value > previous_value THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_neighbour_rates AS
WITH latest_model AS (
    SELECT la_code, MAX(model) AS model FROM dw.authority_neighbour GROUP BY la_code
),
compared AS (
    SELECT y.la_code, y.financial_year, y.la_code AS compared_la_code, N'council' AS role, 0 AS neighbour_rank
    FROM mart.annual_council_year AS y
    UNION ALL
    SELECT y.la_code, y.financial_year, n.neighbour_la_code, N'neighbour', n.neighbour_rank
    FROM mart.annual_council_year AS y
    JOIN latest_model AS m ON m.la_code = y.la_code
    JOIN dw.authority_neighbour AS n ON n.model = m.model AND n.la_code = y.la_code
),
names AS (
    SELECT la_code, MAX(name) AS name FROM dw.dim_authority GROUP BY la_code
)
SELECT
    CAST(c.la_code AS NVARCHAR(10)) AS la_code,
    CAST(c.financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(c.compared_la_code AS NVARCHAR(10)) AS compared_la_code,
    CAST(COALESCE(r.la_name, n.name, c.compared_la_code) AS NVARCHAR(200)) AS compared_la_name,
    CAST(c.role AS NVARCHAR(20)) AS role,
    CAST(c.neighbour_rank AS INT) AS neighbour_rank,
    CAST(r.value AS FLOAT) AS value,
    CAST(r.numerator AS FLOAT) AS numerator,
    CAST(r.denominator AS FLOAT) AS denominator,
    CAST(COALESCE(r.suppressed, CAST(0 AS BIT)) AS BIT) AS suppressed,
    CAST(r.flag AS NVARCHAR(400)) AS flag,
    CAST(own.neighbour_median AS FLOAT) AS neighbour_median,
    CAST(own.england_median AS FLOAT) AS england_median
FROM compared AS c
LEFT JOIN names AS n ON n.la_code = c.compared_la_code
LEFT JOIN mart.benchmark_rates AS r
       ON r.la_code = c.compared_la_code AND r.period = c.financial_year AND r.rate = N'social_care_complaints_per_1000_referrals'
LEFT JOIN mart.benchmark_rates AS own
       ON own.la_code = c.la_code AND own.period = c.financial_year AND own.rate = N'social_care_complaints_per_1000_referrals';
GO

CREATE VIEW mart.annual_learning AS
WITH team_now AS (
    SELECT t.team_key, c.reporting_team
    FROM dw.dim_team AS t
    JOIN (
        SELECT authority_key, team_name, reporting_team,
               ROW_NUMBER() OVER (PARTITION BY authority_key, team_name ORDER BY valid_from DESC) AS newest
        FROM dw.dim_team
    ) AS c ON c.authority_key = t.authority_key AND c.team_name = t.team_name AND c.newest = 1
)
SELECT
    CAST(a.la_code AS NVARCHAR(10)) AS la_code,
    CAST(d.financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(ps.[procedure] AS NVARCHAR(20)) AS [procedure],
    CAST(f.stage AS SMALLINT) AS stage,
    CAST(CONCAT(CASE WHEN ps.[procedure] = N'statutory' THEN N'Statutory' ELSE N'Corporate' END, N' stage ', f.stage) AS NVARCHAR(40)) AS stage_label,
    CAST(f.service_area AS NVARCHAR(100)) AS service_area,
    CAST(COALESCE(tn.reporting_team, N'Team not recorded') AS NVARCHAR(200)) AS reporting_team,
    CAST(o.outcome_code AS NVARCHAR(40)) AS outcome,
    CAST(o.outcome_name AS NVARCHAR(100)) AS outcome_name,
    CAST((SELECT STRING_AGG(th.theme_name, N'; ') WITHIN GROUP (ORDER BY b.rank_order, th.theme_name)
          FROM dw.bridge_complaint_theme AS b
          JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
          WHERE b.complaint_stage_key = f.complaint_stage_key) AS NVARCHAR(1000)) AS themes,
    CAST(f.received_date AS DATE) AS received_date,
    CAST(TRIM(f.learning_redacted) AS NVARCHAR(MAX)) AS learning
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
LEFT JOIN team_now AS tn ON tn.team_key = f.team_key
WHERE f.deleted_at IS NULL
  AND o.is_upheld_or_partly = 1
  AND TRIM(COALESCE(f.learning_redacted, N'')) <> N'';
GO
