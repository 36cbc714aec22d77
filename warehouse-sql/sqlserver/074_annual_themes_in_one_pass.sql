-- The annual report's themes table (071), unchanged in its columns and results, counted in one pass.
-- Same view and columns as ../duckdb/074_annual_themes_in_one_pass.sql.
CREATE OR ALTER VIEW mart.annual_themes AS
-- Issues per theme and, in the same pass (grouping sets), for all themes together. A theme's complaints are its
-- issues (the bridge holds a stage and theme once); the complaints raising any theme are counted from the
-- facts that have a bridge row, rather than by a distinct count over every issue.
WITH counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        CASE WHEN GROUPING(b.theme_key) = 1 THEN 0 ELSE b.theme_key END AS theme_key,
        COUNT_BIG(*) AS raised,
        SUM(CASE WHEN o.is_upheld_or_partly = 1 THEN 1 ELSE 0 END) AS upheld_or_partly
    FROM dw.bridge_complaint_theme AS b
    JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY GROUPING SETS ((a.la_code, d.financial_year, b.theme_key), (a.la_code, d.financial_year))
),
themed_complaints AS (
    SELECT a.la_code, d.financial_year, COUNT_BIG(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
      AND f.complaint_stage_key IN (SELECT b.complaint_stage_key FROM dw.bridge_complaint_theme AS b)
    GROUP BY a.la_code, d.financial_year
),
themes AS (
    SELECT theme_key, theme_code, theme_name, theme_key AS sort_order FROM dw.dim_theme
    UNION ALL
    SELECT 0, N'all', N'All issues', 99
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        t.theme_code,
        t.theme_name,
        t.sort_order,
        COALESCE(c.raised, 0) AS raised,
        COALESCE(CASE WHEN c.theme_key = 0 THEN k.complaints ELSE c.raised END, 0) AS complaints,
        COALESCE(c.upheld_or_partly, 0) AS upheld_or_partly
    FROM mart.annual_council_year AS y
    CROSS JOIN themes AS t
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.theme_key = t.theme_key
    LEFT JOIN themed_complaints AS k ON k.la_code = y.la_code AND k.financial_year = y.financial_year
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.theme_code ORDER BY g.financial_year) AS previous_year,
        LAG(g.raised) OVER (PARTITION BY g.la_code, g.theme_code ORDER BY g.financial_year) AS previous_raised
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(theme_code AS NVARCHAR(50)) AS theme_code,
    CAST(theme_name AS NVARCHAR(200)) AS theme_name,
    CAST(sort_order AS INT) AS sort_order,
    CAST(raised AS BIGINT) AS raised,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(upheld_or_partly AS BIGINT) AS upheld_or_partly,
    CAST(CASE WHEN raised > 0 THEN 100.0 * upheld_or_partly / raised END AS FLOAT) AS upheld_pct,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_raised AS BIGINT) AS previous_raised,
    CAST(CASE WHEN previous_raised > 0 THEN 100.0 * (raised - previous_raised) / previous_raised END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_raised IS NULL THEN NULL
              WHEN raised = previous_raised THEN N'level'
              WHEN previous_raised > 0 AND ABS(100.0 * (raised - previous_raised) / previous_raised) < 0.5 THEN N'level'
              WHEN raised > previous_raised THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO
