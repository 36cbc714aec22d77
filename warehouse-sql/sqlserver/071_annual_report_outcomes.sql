-- The annual report's outcome, timeliness and theme tables. Same views and columns as
-- ../duckdb/071_annual_report_outcomes.sql, which says what each counts.
CREATE VIEW mart.annual_outcomes AS
WITH counted AS (
    SELECT a.la_code, d.financial_year, f.procedure_stage_key, f.outcome_key, COUNT_BIG(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL
    GROUP BY a.la_code, d.financial_year, f.procedure_stage_key, f.outcome_key
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        ps.[procedure],
        ps.stage,
        o.outcome_code,
        o.outcome_name,
        o.sort_order,
        COALESCE(c.complaints, 0) AS complaints,
        CASE WHEN o.outcome_code = N'open' THEN NULL
             ELSE SUM(CASE WHEN o.outcome_code = N'open' THEN 0 ELSE COALESCE(c.complaints, 0) END)
                  OVER (PARTITION BY y.la_code, y.financial_year, ps.[procedure], ps.stage) END AS closed
    FROM mart.annual_council_year AS y
    CROSS JOIN dw.dim_procedure_stage AS ps
    CROSS JOIN dw.dim_outcome AS o
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year
          AND c.procedure_stage_key = ps.procedure_stage_key AND c.outcome_key = o.outcome_key
),
shared AS (
    SELECT g.*, CASE WHEN g.closed > 0 THEN 100.0 * g.complaints / g.closed END AS share_pct
    FROM grid AS g
),
lagged AS (
    SELECT
        s.*,
        LAG(s.financial_year) OVER (PARTITION BY s.la_code, s.[procedure], s.stage, s.outcome_code ORDER BY s.financial_year) AS previous_year,
        LAG(s.complaints) OVER (PARTITION BY s.la_code, s.[procedure], s.stage, s.outcome_code ORDER BY s.financial_year) AS previous_complaints,
        LAG(s.share_pct) OVER (PARTITION BY s.la_code, s.[procedure], s.stage, s.outcome_code ORDER BY s.financial_year) AS previous_share_pct
    FROM shared AS s
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST([procedure] AS NVARCHAR(20)) AS [procedure],
    CAST(stage AS SMALLINT) AS stage,
    CAST(CONCAT(CASE WHEN [procedure] = N'statutory' THEN N'Statutory' ELSE N'Corporate' END, N' stage ', stage) AS NVARCHAR(40)) AS stage_label,
    CAST(outcome_code AS NVARCHAR(40)) AS outcome,
    CAST(outcome_name AS NVARCHAR(100)) AS outcome_name,
    CAST(sort_order AS INT) AS sort_order,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(closed AS BIGINT) AS closed,
    CAST(share_pct AS FLOAT) AS share_pct,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(previous_share_pct AS FLOAT) AS previous_share_pct,
    CAST(CASE WHEN share_pct IS NULL OR previous_share_pct IS NULL THEN NULL
              WHEN ABS(share_pct - previous_share_pct) < 0.5 THEN N'level'
              WHEN share_pct > previous_share_pct THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_timeliness AS
WITH responses AS (
    SELECT
        a.la_code,
        d.financial_year,
        ps.[procedure],
        ps.stage,
        f.timescale_working_days,
        f.within_timescale,
        f.extended,
        f.working_days_taken
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
    JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
    WHERE f.deleted_at IS NULL
      AND o.outcome_code IN (N'upheld', N'partially_upheld', N'not_upheld')
      AND f.within_timescale IS NOT NULL
),
counted AS (
    SELECT
        la_code, financial_year, [procedure], stage,
        MAX(timescale_working_days) AS timescale_working_days,
        COUNT_BIG(*) AS responses,
        SUM(CASE WHEN within_timescale = 1 THEN 1 ELSE 0 END) AS within_timescale,
        SUM(CASE WHEN extended = 1 THEN 1 ELSE 0 END) AS extended,
        AVG(CAST(working_days_taken AS FLOAT)) AS average_working_days
    FROM responses
    GROUP BY la_code, financial_year, [procedure], stage
    UNION ALL
    SELECT
        la_code, financial_year, N'all', 0,
        NULL,
        COUNT_BIG(*),
        SUM(CASE WHEN within_timescale = 1 THEN 1 ELSE 0 END),
        SUM(CASE WHEN extended = 1 THEN 1 ELSE 0 END),
        AVG(CAST(working_days_taken AS FLOAT))
    FROM responses
    GROUP BY la_code, financial_year
),
stages AS (
    SELECT [procedure], stage, base_working_days, CASE WHEN [procedure] = N'statutory' THEN max_working_days END AS max_working_days,
           CASE WHEN [procedure] = N'statutory' THEN 0 ELSE 10 END + stage AS sort_order
    FROM dw.dim_procedure_stage
    UNION ALL
    SELECT N'all', 0, NULL, NULL, 99
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        s.[procedure],
        s.stage,
        s.sort_order,
        COALESCE(c.timescale_working_days, s.base_working_days) AS timescale_working_days,
        s.max_working_days,
        COALESCE(c.responses, 0) AS responses,
        COALESCE(c.within_timescale, 0) AS within_timescale,
        COALESCE(c.extended, 0) AS extended,
        c.average_working_days,
        CASE WHEN c.responses > 0 THEN 100.0 * c.within_timescale / c.responses END AS within_pct,
        CASE WHEN c.responses > 0 THEN 100.0 * c.extended / c.responses END AS extended_pct
    FROM mart.annual_council_year AS y
    CROSS JOIN stages AS s
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.[procedure] = s.[procedure] AND c.stage = s.stage
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.[procedure], g.stage ORDER BY g.financial_year) AS previous_year,
        LAG(g.within_pct) OVER (PARTITION BY g.la_code, g.[procedure], g.stage ORDER BY g.financial_year) AS previous_within_pct
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST([procedure] AS NVARCHAR(20)) AS [procedure],
    CAST(stage AS SMALLINT) AS stage,
    CAST(CASE WHEN [procedure] = N'all' THEN N'All complaints'
              ELSE CONCAT(CASE WHEN [procedure] = N'statutory' THEN N'Statutory' ELSE N'Corporate' END, N' stage ', stage) END AS NVARCHAR(40)) AS stage_label,
    CAST(sort_order AS INT) AS sort_order,
    CAST(timescale_working_days AS INT) AS timescale_working_days,
    CAST(max_working_days AS INT) AS max_working_days,
    CAST(responses AS BIGINT) AS responses,
    CAST(within_timescale AS BIGINT) AS within_timescale,
    CAST(within_pct AS FLOAT) AS within_pct,
    CAST(extended AS BIGINT) AS extended,
    CAST(extended_pct AS FLOAT) AS extended_pct,
    CAST(average_working_days AS FLOAT) AS average_working_days,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_within_pct AS FLOAT) AS previous_within_pct,
    CAST(CASE WHEN within_pct IS NULL OR previous_within_pct IS NULL THEN NULL
              WHEN ABS(within_pct - previous_within_pct) < 0.5 THEN N'level'
              WHEN within_pct > previous_within_pct THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_themes AS
WITH issues AS (
    SELECT a.la_code, d.financial_year, b.theme_key, f.complaint_stage_key, o.is_upheld_or_partly
    FROM dw.bridge_complaint_theme AS b
    JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
),
counted AS (
    SELECT la_code, financial_year, theme_key, COUNT_BIG(*) AS raised, COUNT_BIG(DISTINCT complaint_stage_key) AS complaints,
           SUM(CASE WHEN is_upheld_or_partly = 1 THEN 1 ELSE 0 END) AS upheld_or_partly
    FROM issues
    GROUP BY la_code, financial_year, theme_key
    UNION ALL
    SELECT la_code, financial_year, 0, COUNT_BIG(*), COUNT_BIG(DISTINCT complaint_stage_key),
           SUM(CASE WHEN is_upheld_or_partly = 1 THEN 1 ELSE 0 END)
    FROM issues
    GROUP BY la_code, financial_year
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
        COALESCE(c.complaints, 0) AS complaints,
        COALESCE(c.upheld_or_partly, 0) AS upheld_or_partly
    FROM mart.annual_council_year AS y
    CROSS JOIN themes AS t
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.theme_key = t.theme_key
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
