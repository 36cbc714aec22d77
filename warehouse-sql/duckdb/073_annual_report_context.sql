-- The annual report's Ombudsman, context, neighbours and learning tables (see 070 for the conventions).
-- The two long-form views (one row per measure) say how each measure reads: unit 'count' (the change is
-- a percentage), 'percent' or 'ratio' (the change is in points), and decimals, the places it is printed
-- to; level means a change that rounds to nothing at those places.

-- Table 10: the Ombudsman's figures for the council's education and children's services, from the
-- benchmark mart (published figures or the Ombudsman's annual review data) for the years the council
-- holds. The uphold rate is upheld / detailed investigations, as lgsco_uphold_rate in the benchmark.
CREATE VIEW mart.annual_ombudsman AS
WITH measures AS (
    SELECT measure, measure_name, unit, decimals, sort_order
    FROM (VALUES
        ('lgsco_received', 'Complaints and enquiries received by the Ombudsman', 'count', 0, 1),
        ('lgsco_decisions_made', 'Decisions made', 'count', 0, 2),
        ('lgsco_detailed_investigations', 'Detailed investigations', 'count', 0, 3),
        ('lgsco_upheld', 'Upheld', 'count', 0, 4),
        ('lgsco_uphold_rate', 'Upheld, as a share of detailed investigations', 'percent', 0, 5),
        ('lgsco_satisfactory_remedy', 'Upheld where the council had already offered a satisfactory remedy', 'percent', 0, 6),
        ('lgsco_compliance_rate', 'Ombudsman''s recommendations complied with', 'percent', 0, 7)
    ) AS k (measure, measure_name, unit, decimals, sort_order)
),
published AS (
    SELECT la_code, period, measure, value, source
    FROM mart.authority_measures
    WHERE measure IN ('lgsco_received', 'lgsco_detailed_investigations', 'lgsco_upheld') AND value IS NOT NULL
),
review AS (
    SELECT la_code, period, 'lgsco_' || measure AS measure, max(value) AS value, max(source) AS source
    FROM dw.fact_ombudsman
    WHERE category = 'education_and_childrens_services' AND measure IN ('decisions_made', 'satisfactory_remedy', 'compliance_rate')
      AND value IS NOT NULL AND la_code IS NOT NULL
    GROUP BY la_code, period, measure
),
figures AS (
    SELECT la_code, period, measure, value, source FROM published
    UNION ALL
    SELECT la_code, period, measure, value, source FROM review
    UNION ALL
    SELECT u.la_code, u.period, 'lgsco_uphold_rate', 100.0 * u.value / i.value, u.source
    FROM published AS u
    JOIN published AS i ON i.la_code = u.la_code AND i.period = u.period AND i.measure = 'lgsco_detailed_investigations'
    WHERE u.measure = 'lgsco_upheld' AND i.value > 0
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
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_year,
        lag(g.value) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_value
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(measure AS VARCHAR) AS measure,
    CAST(measure_name AS VARCHAR) AS measure_name,
    CAST(unit AS VARCHAR) AS unit,
    CAST(decimals AS INTEGER) AS decimals,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(value AS DOUBLE) AS value,
    CAST(source AS VARCHAR) AS source,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_value AS DOUBLE) AS previous_value,
    CAST(CASE WHEN unit = 'count' AND previous_value > 0 THEN 100.0 * (value - previous_value) / previous_value END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN unit <> 'count' THEN value - previous_value END AS DOUBLE) AS change_points,
    CAST(CASE WHEN value IS NULL OR previous_value IS NULL THEN NULL
              WHEN value = previous_value THEN 'level'
              WHEN unit = 'count' AND previous_value > 0 AND abs(100.0 * (value - previous_value) / previous_value) < 0.5 THEN 'level'
              WHEN unit <> 'count' AND abs(value - previous_value) < 0.5 / power(10, decimals) THEN 'level'
              WHEN value > previous_value THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 12: context. New stage 1 social care complaints (both procedures) as a share of referrals to
-- children's social care (CIN census), and new stage 1 SEND complaints per 100 EHC plans issued. The
-- complaint counts are the council's own case records; referrals and plans are the preferred figure in
-- mart.authority_measures (DfE, or the council's own return).
CREATE VIEW mart.annual_context AS
WITH measures AS (
    SELECT measure, measure_name, unit, decimals, sort_order
    FROM (VALUES
        ('complaints_social_care_stage1', 'New social care complaints (stage 1)', 'count', 0, 1),
        ('cin_referrals', 'Referrals to children''s social care', 'count', 0, 2),
        ('social_care_complaints_pct_of_referrals', 'Social care complaints as a share of referrals (%)', 'percent', 2, 3),
        ('complaints_send_stage1', 'New SEND complaints (stage 1)', 'count', 0, 4),
        ('ehc_plans_issued', 'EHC plans issued', 'count', 0, 5),
        ('send_complaints_per_100_ehc_plans', 'SEND complaints per 100 EHC plans issued', 'ratio', 2, 6)
    ) AS k (measure, measure_name, unit, decimals, sort_order)
),
complaints AS (
    SELECT
        a.la_code,
        d.financial_year,
        sum(CASE WHEN f.service_area = 'social_care' THEN 1 ELSE 0 END) AS social_care,
        sum(CASE WHEN f.service_area = 'send' THEN 1 ELSE 0 END) AS send
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
        coalesce(c.social_care, 0) AS social_care,
        coalesce(c.send, 0) AS send,
        r.value AS referrals,
        r.source AS referrals_source,
        p.value AS plans,
        p.source AS plans_source
    FROM mart.annual_council_year AS y
    LEFT JOIN complaints AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year
    LEFT JOIN mart.authority_measures AS r ON r.la_code = y.la_code AND r.period = y.financial_year AND r.measure = 'cin_referrals'
    LEFT JOIN mart.authority_measures AS p ON p.la_code = y.la_code AND p.period = y.financial_year AND p.measure = 'ehc_plans_issued'
),
figures AS (
    SELECT la_code, financial_year, 'complaints_social_care_stage1' AS measure, CAST(social_care AS DOUBLE) AS value, 'case records in this warehouse' AS source FROM per_year
    UNION ALL SELECT la_code, financial_year, 'cin_referrals', CAST(referrals AS DOUBLE), referrals_source FROM per_year
    UNION ALL SELECT la_code, financial_year, 'social_care_complaints_pct_of_referrals',
        CASE WHEN referrals > 0 THEN 100.0 * social_care / referrals END, referrals_source FROM per_year
    UNION ALL SELECT la_code, financial_year, 'complaints_send_stage1', CAST(send AS DOUBLE), 'case records in this warehouse' FROM per_year
    UNION ALL SELECT la_code, financial_year, 'ehc_plans_issued', CAST(plans AS DOUBLE), plans_source FROM per_year
    UNION ALL SELECT la_code, financial_year, 'send_complaints_per_100_ehc_plans',
        CASE WHEN plans > 0 THEN 100.0 * send / plans END, plans_source FROM per_year
),
grid AS (
    SELECT f.la_code, f.financial_year, m.measure, m.measure_name, m.unit, m.decimals, m.sort_order, f.value, f.source
    FROM figures AS f
    JOIN measures AS m ON m.measure = f.measure
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_year,
        lag(g.value) OVER (PARTITION BY g.la_code, g.measure ORDER BY g.financial_year) AS previous_value
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(measure AS VARCHAR) AS measure,
    CAST(measure_name AS VARCHAR) AS measure_name,
    CAST(unit AS VARCHAR) AS unit,
    CAST(decimals AS INTEGER) AS decimals,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(value AS DOUBLE) AS value,
    CAST(source AS VARCHAR) AS source,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_value AS DOUBLE) AS previous_value,
    CAST(CASE WHEN unit = 'count' AND previous_value > 0 THEN 100.0 * (value - previous_value) / previous_value END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN unit <> 'count' THEN value - previous_value END AS DOUBLE) AS change_points,
    CAST(CASE WHEN value IS NULL OR previous_value IS NULL THEN NULL
              WHEN value = previous_value THEN 'level'
              WHEN unit = 'count' AND previous_value > 0 AND abs(100.0 * (value - previous_value) / previous_value) < 0.5 THEN 'level'
              WHEN unit <> 'count' AND abs(value - previous_value) < 0.5 / power(10, decimals) THEN 'level'
              WHEN value > previous_value THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- The neighbours chart: social care complaints per 1,000 referrals for the council and its statistical
-- neighbours (the latest model), from the benchmark mart (mart.benchmark_rates, rebuilt by the benchmark
-- verb and every benchmark import); value is empty where a council has no figure for the year.
CREATE VIEW mart.annual_neighbour_rates AS
WITH latest_model AS (
    SELECT la_code, max(model) AS model FROM dw.authority_neighbour GROUP BY la_code
),
compared AS (
    SELECT y.la_code, y.financial_year, y.la_code AS compared_la_code, 'council' AS role, 0 AS neighbour_rank
    FROM mart.annual_council_year AS y
    UNION ALL
    SELECT y.la_code, y.financial_year, n.neighbour_la_code, 'neighbour', n.neighbour_rank
    FROM mart.annual_council_year AS y
    JOIN latest_model AS m ON m.la_code = y.la_code
    JOIN dw.authority_neighbour AS n ON n.model = m.model AND n.la_code = y.la_code
),
names AS (
    SELECT la_code, max(name) AS name FROM dw.dim_authority GROUP BY la_code
)
SELECT
    CAST(c.la_code AS VARCHAR) AS la_code,
    CAST(c.financial_year AS VARCHAR) AS financial_year,
    CAST(c.compared_la_code AS VARCHAR) AS compared_la_code,
    CAST(coalesce(r.la_name, n.name, c.compared_la_code) AS VARCHAR) AS compared_la_name,
    CAST(c.role AS VARCHAR) AS role,
    CAST(c.neighbour_rank AS INTEGER) AS neighbour_rank,
    CAST(r.value AS DOUBLE) AS value,
    CAST(r.numerator AS DOUBLE) AS numerator,
    CAST(r.denominator AS DOUBLE) AS denominator,
    CAST(coalesce(r.suppressed, false) AS BOOLEAN) AS suppressed,
    CAST(r.flag AS VARCHAR) AS flag,
    CAST(own.neighbour_median AS DOUBLE) AS neighbour_median,
    CAST(own.england_median AS DOUBLE) AS england_median
FROM compared AS c
LEFT JOIN names AS n ON n.la_code = c.compared_la_code
LEFT JOIN mart.benchmark_rates AS r
       ON r.la_code = c.compared_la_code AND r.period = c.financial_year AND r.rate = 'social_care_complaints_per_1000_referrals'
LEFT JOIN mart.benchmark_rates AS own
       ON own.la_code = c.la_code AND own.period = c.financial_year AND own.rate = 'social_care_complaints_per_1000_referrals';

-- Table 13: learning and actions recorded on upheld or partly upheld complaints, redacted text only (the
-- load redacts it before it reaches dw), with the stage's themes. Whether actions were completed is not
-- in case-system exports, so it is not here.
CREATE VIEW mart.annual_learning AS
WITH team_now AS (
    SELECT t.team_key, c.reporting_team
    FROM dw.dim_team AS t
    JOIN (
        SELECT authority_key, team_name, reporting_team,
               row_number() OVER (PARTITION BY authority_key, team_name ORDER BY valid_from DESC) AS newest
        FROM dw.dim_team
    ) AS c ON c.authority_key = t.authority_key AND c.team_name = t.team_name AND c.newest = 1
)
SELECT
    CAST(a.la_code AS VARCHAR) AS la_code,
    CAST(d.financial_year AS VARCHAR) AS financial_year,
    CAST(ps.procedure AS VARCHAR) AS procedure,
    CAST(f.stage AS SMALLINT) AS stage,
    CAST((CASE WHEN ps.procedure = 'statutory' THEN 'Statutory' ELSE 'Corporate' END) || ' stage ' || CAST(f.stage AS VARCHAR) AS VARCHAR) AS stage_label,
    CAST(f.service_area AS VARCHAR) AS service_area,
    CAST(coalesce(tn.reporting_team, 'Team not recorded') AS VARCHAR) AS reporting_team,
    CAST(o.outcome_code AS VARCHAR) AS outcome,
    CAST(o.outcome_name AS VARCHAR) AS outcome_name,
    CAST((SELECT string_agg(th.theme_name, '; ' ORDER BY b.rank_order, th.theme_name)
          FROM dw.bridge_complaint_theme AS b
          JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
          WHERE b.complaint_stage_key = f.complaint_stage_key) AS VARCHAR) AS themes,
    CAST(f.received_date AS DATE) AS received_date,
    CAST(trim(f.learning_redacted) AS VARCHAR) AS learning
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
LEFT JOIN team_now AS tn ON tn.team_key = f.team_key
WHERE f.deleted_at IS NULL
  AND o.is_upheld_or_partly
  AND trim(coalesce(f.learning_redacted, '')) <> '';
