-- The annual report's outcome, timeliness and theme tables (see 070 for the conventions).

-- Table 4: outcomes per procedure and stage. The share is of the stage's closed complaints (upheld,
-- partly upheld, not upheld or withdrawn), as councils print it; open complaints are counted but have no
-- share. The direction compares the share with the previous year's (level: within half a point).
CREATE VIEW mart.annual_outcomes AS
WITH counted AS (
    SELECT a.la_code, d.financial_year, f.procedure_stage_key, f.outcome_key, count(*) AS complaints
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
        ps.procedure,
        ps.stage,
        o.outcome_code,
        o.outcome_name,
        o.sort_order,
        coalesce(c.complaints, 0) AS complaints,
        CASE WHEN o.outcome_code = 'open' THEN NULL
             ELSE sum(CASE WHEN o.outcome_code = 'open' THEN 0 ELSE coalesce(c.complaints, 0) END)
                  OVER (PARTITION BY y.la_code, y.financial_year, ps.procedure, ps.stage) END AS closed
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
        lag(s.financial_year) OVER (PARTITION BY s.la_code, s.procedure, s.stage, s.outcome_code ORDER BY s.financial_year) AS previous_year,
        lag(s.complaints) OVER (PARTITION BY s.la_code, s.procedure, s.stage, s.outcome_code ORDER BY s.financial_year) AS previous_complaints,
        lag(s.share_pct) OVER (PARTITION BY s.la_code, s.procedure, s.stage, s.outcome_code ORDER BY s.financial_year) AS previous_share_pct
    FROM shared AS s
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(procedure AS VARCHAR) AS procedure,
    CAST(stage AS SMALLINT) AS stage,
    CAST((CASE WHEN procedure = 'statutory' THEN 'Statutory' ELSE 'Corporate' END) || ' stage ' || CAST(stage AS VARCHAR) AS VARCHAR) AS stage_label,
    CAST(outcome_code AS VARCHAR) AS outcome,
    CAST(outcome_name AS VARCHAR) AS outcome_name,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(closed AS BIGINT) AS closed,
    CAST(share_pct AS DOUBLE) AS share_pct,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(previous_share_pct AS DOUBLE) AS previous_share_pct,
    CAST(CASE WHEN share_pct IS NULL OR previous_share_pct IS NULL THEN NULL
              WHEN abs(share_pct - previous_share_pct) < 0.5 THEN 'level'
              WHEN share_pct > previous_share_pct THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 5: timeliness per procedure and stage, and for all complaints. Responses are decided complaints
-- (upheld, partly or not upheld) with a response date, as in the benchmark measures; within timescale
-- is against the extended deadline where one was agreed. timescale_working_days is the base timescale
-- the deadlines were computed from (the council's own for the corporate procedure), max_working_days
-- the longest an extension may run under the Regulations (statutory stages only: a council's corporate
-- extensions are its own and not held per stage). The direction compares the share within timescale.
CREATE VIEW mart.annual_timeliness AS
WITH responses AS (
    SELECT
        a.la_code,
        d.financial_year,
        ps.procedure,
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
      AND o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld')
      AND f.within_timescale IS NOT NULL
),
counted AS (
    SELECT
        la_code, financial_year, procedure, stage,
        max(timescale_working_days) AS timescale_working_days,
        count(*) AS responses,
        sum(CASE WHEN within_timescale THEN 1 ELSE 0 END) AS within_timescale,
        sum(CASE WHEN extended THEN 1 ELSE 0 END) AS extended,
        avg(CAST(working_days_taken AS DOUBLE)) AS average_working_days
    FROM responses
    GROUP BY la_code, financial_year, procedure, stage
    UNION ALL
    SELECT
        la_code, financial_year, 'all', 0,
        NULL,
        count(*),
        sum(CASE WHEN within_timescale THEN 1 ELSE 0 END),
        sum(CASE WHEN extended THEN 1 ELSE 0 END),
        avg(CAST(working_days_taken AS DOUBLE))
    FROM responses
    GROUP BY la_code, financial_year
),
stages AS (
    SELECT procedure, stage, base_working_days, CASE WHEN procedure = 'statutory' THEN max_working_days END AS max_working_days,
           CASE WHEN procedure = 'statutory' THEN 0 ELSE 10 END + stage AS sort_order
    FROM dw.dim_procedure_stage
    UNION ALL
    SELECT 'all', 0, NULL, NULL, 99
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        s.procedure,
        s.stage,
        s.sort_order,
        coalesce(c.timescale_working_days, s.base_working_days) AS timescale_working_days,
        s.max_working_days,
        coalesce(c.responses, 0) AS responses,
        coalesce(c.within_timescale, 0) AS within_timescale,
        coalesce(c.extended, 0) AS extended,
        c.average_working_days,
        CASE WHEN c.responses > 0 THEN 100.0 * c.within_timescale / c.responses END AS within_pct,
        CASE WHEN c.responses > 0 THEN 100.0 * c.extended / c.responses END AS extended_pct
    FROM mart.annual_council_year AS y
    CROSS JOIN stages AS s
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.procedure = s.procedure AND c.stage = s.stage
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.procedure, g.stage ORDER BY g.financial_year) AS previous_year,
        lag(g.within_pct) OVER (PARTITION BY g.la_code, g.procedure, g.stage ORDER BY g.financial_year) AS previous_within_pct
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(procedure AS VARCHAR) AS procedure,
    CAST(stage AS SMALLINT) AS stage,
    CAST(CASE WHEN procedure = 'all' THEN 'All complaints'
              ELSE (CASE WHEN procedure = 'statutory' THEN 'Statutory' ELSE 'Corporate' END) || ' stage ' || CAST(stage AS VARCHAR) END AS VARCHAR) AS stage_label,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(timescale_working_days AS INTEGER) AS timescale_working_days,
    CAST(max_working_days AS INTEGER) AS max_working_days,
    CAST(responses AS BIGINT) AS responses,
    CAST(within_timescale AS BIGINT) AS within_timescale,
    CAST(within_pct AS DOUBLE) AS within_pct,
    CAST(extended AS BIGINT) AS extended,
    CAST(extended_pct AS DOUBLE) AS extended_pct,
    CAST(average_working_days AS DOUBLE) AS average_working_days,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_within_pct AS DOUBLE) AS previous_within_pct,
    CAST(CASE WHEN within_pct IS NULL OR previous_within_pct IS NULL THEN NULL
              WHEN abs(within_pct - previous_within_pct) < 0.5 THEN 'level'
              WHEN within_pct > previous_within_pct THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 6: themes of new (stage 1) complaints, counting issues, not complaints: a complaint raising three
-- themes counts once under each (theme_code 'all' adds up the issues and the complaints raising them).
-- Upheld means upheld or partly upheld; the share is of the issues raised. Themes come from the bridge
-- as the themes capability leaves it: coded, predicted or reviewed.
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
    SELECT la_code, financial_year, theme_key, count(*) AS raised, count(DISTINCT complaint_stage_key) AS complaints,
           sum(CASE WHEN is_upheld_or_partly THEN 1 ELSE 0 END) AS upheld_or_partly
    FROM issues
    GROUP BY la_code, financial_year, theme_key
    UNION ALL
    SELECT la_code, financial_year, 0, count(*), count(DISTINCT complaint_stage_key),
           sum(CASE WHEN is_upheld_or_partly THEN 1 ELSE 0 END)
    FROM issues
    GROUP BY la_code, financial_year
),
themes AS (
    SELECT theme_key, theme_code, theme_name, theme_key AS sort_order FROM dw.dim_theme
    UNION ALL
    SELECT 0, 'all', 'All issues', 99
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        t.theme_code,
        t.theme_name,
        t.sort_order,
        coalesce(c.raised, 0) AS raised,
        coalesce(c.complaints, 0) AS complaints,
        coalesce(c.upheld_or_partly, 0) AS upheld_or_partly
    FROM mart.annual_council_year AS y
    CROSS JOIN themes AS t
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.theme_key = t.theme_key
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.theme_code ORDER BY g.financial_year) AS previous_year,
        lag(g.raised) OVER (PARTITION BY g.la_code, g.theme_code ORDER BY g.financial_year) AS previous_raised
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(theme_code AS VARCHAR) AS theme_code,
    CAST(theme_name AS VARCHAR) AS theme_name,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(raised AS BIGINT) AS raised,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(upheld_or_partly AS BIGINT) AS upheld_or_partly,
    CAST(CASE WHEN raised > 0 THEN 100.0 * upheld_or_partly / raised END AS DOUBLE) AS upheld_pct,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_raised AS BIGINT) AS previous_raised,
    CAST(CASE WHEN previous_raised > 0 THEN 100.0 * (raised - previous_raised) / previous_raised END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_raised IS NULL THEN NULL
              WHEN raised = previous_raised THEN 'level'
              WHEN previous_raised > 0 AND abs(100.0 * (raised - previous_raised) / previous_raised) < 0.5 THEN 'level'
              WHEN raised > previous_raised THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;
