-- The annual report's tables about who complained, how, what was not accepted, and the other
-- representations. Same views and columns as ../duckdb/072_annual_report_people.sql.
CREATE VIEW mart.annual_complainant_types AS
WITH types AS (
    SELECT complainant_type_key, complainant_type_code, complainant_type_name, is_child, complainant_type_key AS sort_order
    FROM dw.dim_complainant_type
    UNION ALL
    SELECT -1, N'not_recorded', N'Not recorded', CAST(0 AS BIT), 99
),
counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        COALESCE(f.complainant_type_key, -1) AS complainant_type_key,
        COUNT_BIG(*) AS complaints,
        SUM(CASE WHEN f.advocate = 1 THEN 1 ELSE 0 END) AS with_advocate
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, COALESCE(f.complainant_type_key, -1)
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        t.complainant_type_code,
        t.complainant_type_name,
        t.is_child,
        t.sort_order,
        COALESCE(c.complaints, 0) AS complaints,
        COALESCE(c.with_advocate, 0) AS with_advocate
    FROM mart.annual_council_year AS y
    CROSS JOIN types AS t
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.complainant_type_key = t.complainant_type_key
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.complainant_type_code ORDER BY g.financial_year) AS previous_year,
        LAG(g.complaints) OVER (PARTITION BY g.la_code, g.complainant_type_code ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(complainant_type_code AS NVARCHAR(50)) AS complainant_type,
    CAST(complainant_type_name AS NVARCHAR(100)) AS complainant_type_name,
    CAST(is_child AS BIT) AS is_child,
    CAST(sort_order AS INT) AS sort_order,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(with_advocate AS BIGINT) AS with_advocate,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(CASE WHEN previous_complaints > 0 THEN 100.0 * (complaints - previous_complaints) / previous_complaints END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_complaints IS NULL THEN NULL
              WHEN complaints = previous_complaints THEN N'level'
              WHEN previous_complaints > 0 AND ABS(100.0 * (complaints - previous_complaints) / previous_complaints) < 0.5 THEN N'level'
              WHEN complaints > previous_complaints THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_receipt_methods AS
WITH methods AS (
    SELECT receipt_method_key, receipt_method_code, receipt_method_name, receipt_method_key AS sort_order
    FROM dw.dim_receipt_method
    UNION ALL
    SELECT -1, N'not_recorded', N'Not recorded', 99
),
counted AS (
    SELECT a.la_code, d.financial_year, COALESCE(f.receipt_method_key, -1) AS receipt_method_key, COUNT_BIG(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, COALESCE(f.receipt_method_key, -1)
),
grid AS (
    SELECT y.la_code, y.financial_year, m.receipt_method_code, m.receipt_method_name, m.sort_order, COALESCE(c.complaints, 0) AS complaints
    FROM mart.annual_council_year AS y
    CROSS JOIN methods AS m
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.receipt_method_key = m.receipt_method_key
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.receipt_method_code ORDER BY g.financial_year) AS previous_year,
        LAG(g.complaints) OVER (PARTITION BY g.la_code, g.receipt_method_code ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(receipt_method_code AS NVARCHAR(50)) AS receipt_method,
    CAST(receipt_method_name AS NVARCHAR(100)) AS receipt_method_name,
    CAST(sort_order AS INT) AS sort_order,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(CASE WHEN previous_complaints > 0 THEN 100.0 * (complaints - previous_complaints) / previous_complaints END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_complaints IS NULL THEN NULL
              WHEN complaints = previous_complaints THEN N'level'
              WHEN previous_complaints > 0 AND ABS(100.0 * (complaints - previous_complaints) / previous_complaints) < 0.5 THEN N'level'
              WHEN complaints > previous_complaints THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_rejections AS
WITH counted AS (
    SELECT a.la_code, d.financial_year, COALESCE(NULLIF(TRIM(r.reason), N''), N'Reason not recorded') AS reason, COUNT_BIG(*) AS rejected
    FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    WHERE r.deleted_at IS NULL AND r.representation_type = N'rejected_complaint'
    GROUP BY a.la_code, d.financial_year, COALESCE(NULLIF(TRIM(r.reason), N''), N'Reason not recorded')
),
reasons AS (
    SELECT DISTINCT la_code, reason FROM counted
),
grid AS (
    SELECT y.la_code, y.financial_year, r.reason, COALESCE(c.rejected, 0) AS rejected
    FROM mart.annual_council_year AS y
    JOIN reasons AS r ON r.la_code = y.la_code
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.reason = r.reason
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.reason ORDER BY g.financial_year) AS previous_year,
        LAG(g.rejected) OVER (PARTITION BY g.la_code, g.reason ORDER BY g.financial_year) AS previous_rejected
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(reason AS NVARCHAR(400)) AS reason,
    CAST(rejected AS BIGINT) AS rejected,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_rejected AS BIGINT) AS previous_rejected,
    CAST(CASE WHEN previous_rejected > 0 THEN 100.0 * (rejected - previous_rejected) / previous_rejected END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_rejected IS NULL THEN NULL
              WHEN rejected = previous_rejected THEN N'level'
              WHEN previous_rejected > 0 AND ABS(100.0 * (rejected - previous_rejected) / previous_rejected) < 0.5 THEN N'level'
              WHEN rejected > previous_rejected THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_enquiry_responses AS
WITH kinds AS (
    SELECT representation_type, type_name, sort_order
    FROM (VALUES
        (N'mp_enquiry', N'MP enquiries', 1),
        (N'member_enquiry', N'Councillor enquiries', 2),
        (N'enquiry', N'Other enquiries', 3)
    ) AS k (representation_type, type_name, sort_order)
),
counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        r.representation_type,
        COUNT_BIG(*) AS received,
        SUM(CASE WHEN r.working_days_taken IS NOT NULL THEN 1 ELSE 0 END) AS answered,
        SUM(CASE WHEN r.working_days_taken <= 10 THEN 1 ELSE 0 END) AS within_10_days,
        SUM(CASE WHEN r.working_days_taken <= 20 THEN 1 ELSE 0 END) AS within_20_days,
        AVG(CAST(r.working_days_taken AS FLOAT)) AS average_working_days
    FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    WHERE r.deleted_at IS NULL
    GROUP BY a.la_code, d.financial_year, r.representation_type
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        k.representation_type,
        k.type_name,
        k.sort_order,
        COALESCE(c.received, 0) AS received,
        COALESCE(c.answered, 0) AS answered,
        COALESCE(c.within_10_days, 0) AS within_10_days,
        COALESCE(c.within_20_days, 0) AS within_20_days,
        c.average_working_days
    FROM mart.annual_council_year AS y
    CROSS JOIN kinds AS k
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.representation_type = k.representation_type
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_year,
        LAG(g.received) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_received,
        LAG(g.average_working_days) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_average_working_days
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(representation_type AS NVARCHAR(50)) AS representation_type,
    CAST(type_name AS NVARCHAR(100)) AS type_name,
    CAST(sort_order AS INT) AS sort_order,
    CAST(received AS BIGINT) AS received,
    CAST(answered AS BIGINT) AS answered,
    CAST(within_10_days AS BIGINT) AS within_10_days,
    CAST(within_20_days AS BIGINT) AS within_20_days,
    CAST(CASE WHEN answered > 0 THEN 100.0 * within_20_days / answered END AS FLOAT) AS within_20_days_pct,
    CAST(average_working_days AS FLOAT) AS average_working_days,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_received AS BIGINT) AS previous_received,
    CAST(previous_average_working_days AS FLOAT) AS previous_average_working_days,
    CAST(CASE WHEN average_working_days IS NULL OR previous_average_working_days IS NULL THEN NULL
              WHEN ABS(average_working_days - previous_average_working_days) < 0.05 THEN N'level'
              WHEN average_working_days > previous_average_working_days THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

CREATE VIEW mart.annual_compliments_by_team AS
WITH team_now AS (
    SELECT t.team_key, c.reporting_team
    FROM dw.dim_team AS t
    JOIN (
        SELECT authority_key, team_name, reporting_team,
               ROW_NUMBER() OVER (PARTITION BY authority_key, team_name ORDER BY valid_from DESC) AS newest
        FROM dw.dim_team
    ) AS c ON c.authority_key = t.authority_key AND c.team_name = t.team_name AND c.newest = 1
),
counted AS (
    SELECT a.la_code, d.financial_year, COALESCE(tn.reporting_team, N'Team not recorded') AS reporting_team, COUNT_BIG(*) AS compliments
    FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    LEFT JOIN team_now AS tn ON tn.team_key = r.team_key
    WHERE r.deleted_at IS NULL AND r.representation_type = N'compliment'
    GROUP BY a.la_code, d.financial_year, COALESCE(tn.reporting_team, N'Team not recorded')
),
teams AS (
    SELECT DISTINCT la_code, reporting_team FROM counted
),
grid AS (
    SELECT y.la_code, y.financial_year, t.reporting_team, COALESCE(c.compliments, 0) AS compliments
    FROM mart.annual_council_year AS y
    JOIN teams AS t ON t.la_code = y.la_code
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.reporting_team = t.reporting_team
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.reporting_team ORDER BY g.financial_year) AS previous_year,
        LAG(g.compliments) OVER (PARTITION BY g.la_code, g.reporting_team ORDER BY g.financial_year) AS previous_compliments
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(reporting_team AS NVARCHAR(200)) AS reporting_team,
    CAST(compliments AS BIGINT) AS compliments,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_compliments AS BIGINT) AS previous_compliments,
    CAST(CASE WHEN previous_compliments > 0 THEN 100.0 * (compliments - previous_compliments) / previous_compliments END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_compliments IS NULL THEN NULL
              WHEN compliments = previous_compliments THEN N'level'
              WHEN previous_compliments > 0 AND ABS(100.0 * (compliments - previous_compliments) / previous_compliments) < 0.5 THEN N'level'
              WHEN compliments > previous_compliments THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO
