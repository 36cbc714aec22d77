-- The statutory annual report (numbers 070-079). Same views and columns as ../duckdb/070_annual_report_volumes.sql,
-- where the conventions are described: one row per council, financial year and row of the report's
-- table, every year present (0 when nothing), previous year, percentage change and direction (up, down,
-- level: the same figure or a change that rounds to 0%), deleted facts left out.
CREATE VIEW mart.annual_council_year AS
WITH held AS (
    SELECT f.authority_key, d.financial_year
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL
    UNION
    SELECT r.authority_key, d.financial_year
    FROM dw.fact_representation AS r
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    WHERE r.deleted_at IS NULL
)
SELECT
    CAST(a.la_code AS NVARCHAR(10)) AS la_code,
    CAST(MAX(a.name) AS NVARCHAR(200)) AS authority_name,
    CAST(h.financial_year AS NVARCHAR(10)) AS financial_year
FROM held AS h
JOIN dw.dim_authority AS a ON a.authority_key = h.authority_key
GROUP BY a.la_code, h.financial_year;
GO

-- Table 1: representations received by type (total: stage 1 complaints and every other kind; the
-- Ombudsman row from mart.authority_measures, empty where there is no figure).
CREATE VIEW mart.annual_representations AS
WITH kinds AS (
    SELECT representation_type, type_name, sort_order
    FROM (VALUES
        (N'complaint_statutory_stage1', N'Statutory complaints: stage 1', 1),
        (N'complaint_statutory_stage2', N'Statutory complaints: stage 2', 2),
        (N'complaint_statutory_stage3', N'Statutory complaints: stage 3', 3),
        (N'complaint_corporate_stage1', N'Corporate complaints: stage 1', 4),
        (N'complaint_corporate_stage2', N'Corporate complaints: stage 2', 5),
        (N'rejected_complaint', N'Complaints not accepted', 6),
        (N'compliment', N'Compliments', 7),
        (N'enquiry', N'Enquiries', 8),
        (N'mp_enquiry', N'MP enquiries', 9),
        (N'member_enquiry', N'Councillor enquiries', 10),
        (N'duty_matter', N'Duty matters', 11),
        (N'informal_representation', N'Informal representations', 12),
        (N'comment', N'Comments', 13),
        (N'lgsco_received', N'Ombudsman enquiries and complaints', 14),
        (N'representations_total', N'All representations', 15)
    ) AS k (representation_type, type_name, sort_order)
),
counted AS (
    SELECT la_code, financial_year, representation_type, CAST(received AS DECIMAL(18, 3)) AS received
    FROM mart.representations_by_year
    UNION ALL
    SELECT la_code, financial_year, N'representations_total', CAST(SUM(received) AS DECIMAL(18, 3))
    FROM mart.representations_by_year
    WHERE representation_type NOT IN (N'complaint_statutory_stage2', N'complaint_statutory_stage3', N'complaint_corporate_stage2', N'rejected_complaint')
    GROUP BY la_code, financial_year
    UNION ALL
    SELECT la_code, period, N'lgsco_received', value
    FROM mart.authority_measures
    WHERE measure = N'lgsco_received' AND value IS NOT NULL
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        k.representation_type,
        k.type_name,
        k.sort_order,
        CASE WHEN k.representation_type = N'lgsco_received' THEN c.received ELSE COALESCE(c.received, 0) END AS received
    FROM mart.annual_council_year AS y
    CROSS JOIN kinds AS k
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.representation_type = k.representation_type
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_year,
        LAG(g.received) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_received
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(representation_type AS NVARCHAR(50)) AS representation_type,
    CAST(type_name AS NVARCHAR(100)) AS type_name,
    CAST(sort_order AS INT) AS sort_order,
    CAST(received AS BIGINT) AS received,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_received AS BIGINT) AS previous_received,
    CAST(CASE WHEN previous_received > 0 THEN 100.0 * (received - previous_received) / previous_received END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_received IS NULL OR received IS NULL THEN NULL
              WHEN received = previous_received THEN N'level'
              WHEN previous_received > 0 AND ABS(100.0 * (received - previous_received) / previous_received) < 0.5 THEN N'level'
              WHEN received > previous_received THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

-- Table 2: complaints by procedure and stage, escalation and compensation.
CREATE VIEW mart.annual_complaints_by_stage AS
WITH counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        f.procedure_stage_key,
        COUNT_BIG(*) AS received,
        SUM(CASE WHEN f.escalated = 1 THEN 1 ELSE 0 END) AS escalated,
        SUM(CASE WHEN f.compensation > 0 THEN 1 ELSE 0 END) AS compensated,
        SUM(CASE WHEN f.compensation > 0 THEN f.compensation ELSE 0 END) AS compensation_paid
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL
    GROUP BY a.la_code, d.financial_year, f.procedure_stage_key
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        ps.[procedure],
        ps.stage,
        ps.stage_name,
        CASE WHEN ps.[procedure] = N'statutory' THEN 0 ELSE 10 END + ps.stage AS sort_order,
        COALESCE(c.received, 0) AS received,
        COALESCE(c.escalated, 0) AS escalated,
        COALESCE(c.compensated, 0) AS compensated,
        COALESCE(c.compensation_paid, 0) AS compensation_paid
    FROM mart.annual_council_year AS y
    CROSS JOIN dw.dim_procedure_stage AS ps
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.procedure_stage_key = ps.procedure_stage_key
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.[procedure], g.stage ORDER BY g.financial_year) AS previous_year,
        LAG(g.received) OVER (PARTITION BY g.la_code, g.[procedure], g.stage ORDER BY g.financial_year) AS previous_received
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST([procedure] AS NVARCHAR(20)) AS [procedure],
    CAST(stage AS SMALLINT) AS stage,
    CAST(CONCAT(CASE WHEN [procedure] = N'statutory' THEN N'Statutory' ELSE N'Corporate' END, N' stage ', stage) AS NVARCHAR(40)) AS stage_label,
    CAST(stage_name AS NVARCHAR(100)) AS stage_name,
    CAST(sort_order AS INT) AS sort_order,
    CAST(received AS BIGINT) AS received,
    CAST(escalated AS BIGINT) AS escalated,
    CAST(CASE WHEN received > 0 THEN 100.0 * escalated / received END AS FLOAT) AS escalated_pct,
    CAST(compensated AS BIGINT) AS compensated,
    CAST(compensation_paid AS DECIMAL(18, 2)) AS compensation_paid,
    CAST(previous_year AS NVARCHAR(10)) AS previous_year,
    CAST(previous_received AS BIGINT) AS previous_received,
    CAST(CASE WHEN previous_received > 0 THEN 100.0 * (received - previous_received) / previous_received END AS FLOAT) AS change_pct,
    CAST(CASE WHEN previous_received IS NULL THEN NULL
              WHEN received = previous_received THEN N'level'
              WHEN previous_received > 0 AND ABS(100.0 * (received - previous_received) / previous_received) < 0.5 THEN N'level'
              WHEN received > previous_received THEN N'up'
              ELSE N'down' END AS NVARCHAR(10)) AS direction
FROM lagged;
GO

-- Table 3b: new (stage 1) complaints by service area.
CREATE VIEW mart.annual_complaints_by_service_area AS
WITH areas AS (
    SELECT service_area, service_area_name, sort_order
    FROM (VALUES
        (N'social_care', N'Children''s social care', 1),
        (N'send', N'Special educational needs and disabilities (SEND)', 2),
        (N'education', N'Education', 3),
        (N'early_help', N'Early help', 4),
        (N'other', N'Other services', 5)
    ) AS k (service_area, service_area_name, sort_order)
),
counted AS (
    SELECT a.la_code, d.financial_year, f.service_area, COUNT_BIG(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, f.service_area
),
grid AS (
    SELECT y.la_code, y.financial_year, k.service_area, k.service_area_name, k.sort_order, COALESCE(c.complaints, 0) AS complaints
    FROM mart.annual_council_year AS y
    CROSS JOIN areas AS k
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.service_area = k.service_area
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.service_area ORDER BY g.financial_year) AS previous_year,
        LAG(g.complaints) OVER (PARTITION BY g.la_code, g.service_area ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(service_area AS NVARCHAR(100)) AS service_area,
    CAST(service_area_name AS NVARCHAR(100)) AS service_area_name,
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

-- Table 3a: new (stage 1) complaints by team, under the team's name today.
CREATE VIEW mart.annual_complaints_by_team AS
WITH team_now AS (
    SELECT t.team_key, c.reporting_team, c.service_area
    FROM dw.dim_team AS t
    JOIN (
        SELECT authority_key, team_name, reporting_team, service_area,
               ROW_NUMBER() OVER (PARTITION BY authority_key, team_name ORDER BY valid_from DESC) AS newest
        FROM dw.dim_team
    ) AS c ON c.authority_key = t.authority_key AND c.team_name = t.team_name AND c.newest = 1
),
counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        COALESCE(tn.reporting_team, N'Team not recorded') AS reporting_team,
        COALESCE(tn.service_area, N'other') AS service_area,
        COUNT_BIG(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    LEFT JOIN team_now AS tn ON tn.team_key = f.team_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, COALESCE(tn.reporting_team, N'Team not recorded'), COALESCE(tn.service_area, N'other')
),
teams AS (
    SELECT DISTINCT la_code, reporting_team, service_area FROM counted
),
grid AS (
    SELECT y.la_code, y.financial_year, t.reporting_team, t.service_area, COALESCE(c.complaints, 0) AS complaints
    FROM mart.annual_council_year AS y
    JOIN teams AS t ON t.la_code = y.la_code
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year
          AND c.reporting_team = t.reporting_team AND c.service_area = t.service_area
),
lagged AS (
    SELECT
        g.*,
        LAG(g.financial_year) OVER (PARTITION BY g.la_code, g.reporting_team, g.service_area ORDER BY g.financial_year) AS previous_year,
        LAG(g.complaints) OVER (PARTITION BY g.la_code, g.reporting_team, g.service_area ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(financial_year AS NVARCHAR(10)) AS financial_year,
    CAST(service_area AS NVARCHAR(100)) AS service_area,
    CAST(reporting_team AS NVARCHAR(200)) AS reporting_team,
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
