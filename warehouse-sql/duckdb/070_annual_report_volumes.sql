-- The statutory annual report (numbers 070-079): one view per table of the report, so that Power BI and
-- the document show the same numbers and the report only formats them. Every view has one row per
-- council, financial year (of the date received) and row of the table, with a row for every year the
-- council holds even when the count is 0, so that the previous year's figure, the percentage change and
-- the direction of travel (up, down, level) are computed here. Level: the same figure, or a change that
-- rounds to 0% (what a reader sees printed). Deleted facts (040) are left out throughout.

-- The financial years each council has case records for: the years an annual report can cover.
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
    CAST(a.la_code AS VARCHAR) AS la_code,
    CAST(max(a.name) AS VARCHAR) AS authority_name,
    CAST(h.financial_year AS VARCHAR) AS financial_year
FROM held AS h
JOIN dw.dim_authority AS a ON a.authority_key = h.authority_key
GROUP BY a.la_code, h.financial_year;

-- Table 1: representations received by type. The total counts new (stage 1) complaints and every other
-- kind of representation, not later stages, rejected complaints or the Ombudsman (as councils print it,
-- and as representations_total in benchmark-returns.md). The Ombudsman row is the published or imported
-- figure from mart.authority_measures, empty where there is none.
CREATE VIEW mart.annual_representations AS
WITH kinds AS (
    SELECT representation_type, type_name, sort_order
    FROM (VALUES
        ('complaint_statutory_stage1', 'Statutory complaints: stage 1', 1),
        ('complaint_statutory_stage2', 'Statutory complaints: stage 2', 2),
        ('complaint_statutory_stage3', 'Statutory complaints: stage 3', 3),
        ('complaint_corporate_stage1', 'Corporate complaints: stage 1', 4),
        ('complaint_corporate_stage2', 'Corporate complaints: stage 2', 5),
        ('rejected_complaint', 'Complaints not accepted', 6),
        ('compliment', 'Compliments', 7),
        ('enquiry', 'Enquiries', 8),
        ('mp_enquiry', 'MP enquiries', 9),
        ('member_enquiry', 'Councillor enquiries', 10),
        ('duty_matter', 'Duty matters', 11),
        ('informal_representation', 'Informal representations', 12),
        ('comment', 'Comments', 13),
        ('lgsco_received', 'Ombudsman enquiries and complaints', 14),
        ('representations_total', 'All representations', 15)
    ) AS k (representation_type, type_name, sort_order)
),
counted AS (
    SELECT la_code, financial_year, representation_type, CAST(received AS DECIMAL(18, 3)) AS received
    FROM mart.representations_by_year
    UNION ALL
    SELECT la_code, financial_year, 'representations_total', CAST(sum(received) AS DECIMAL(18, 3))
    FROM mart.representations_by_year
    WHERE representation_type NOT IN ('complaint_statutory_stage2', 'complaint_statutory_stage3', 'complaint_corporate_stage2', 'rejected_complaint')
    GROUP BY la_code, financial_year
    UNION ALL
    SELECT la_code, period, 'lgsco_received', value
    FROM mart.authority_measures
    WHERE measure = 'lgsco_received' AND value IS NOT NULL
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        k.representation_type,
        k.type_name,
        k.sort_order,
        CASE WHEN k.representation_type = 'lgsco_received' THEN c.received ELSE coalesce(c.received, 0) END AS received
    FROM mart.annual_council_year AS y
    CROSS JOIN kinds AS k
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.representation_type = k.representation_type
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_year,
        lag(g.received) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_received
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(representation_type AS VARCHAR) AS representation_type,
    CAST(type_name AS VARCHAR) AS type_name,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(received AS BIGINT) AS received,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_received AS BIGINT) AS previous_received,
    CAST(CASE WHEN previous_received > 0 THEN 100.0 * (received - previous_received) / previous_received END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_received IS NULL OR received IS NULL THEN NULL
              WHEN received = previous_received THEN 'level'
              WHEN previous_received > 0 AND abs(100.0 * (received - previous_received) / previous_received) < 0.5 THEN 'level'
              WHEN received > previous_received THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 2: complaints by procedure and stage; the share of each stage escalated to the next (the stage's
-- own escalated flag, so a complaint escalated in April counts in the year its stage 1 was received), and
-- compensation paid at the stage.
CREATE VIEW mart.annual_complaints_by_stage AS
WITH counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        f.procedure_stage_key,
        count(*) AS received,
        sum(CASE WHEN f.escalated THEN 1 ELSE 0 END) AS escalated,
        sum(CASE WHEN f.compensation > 0 THEN 1 ELSE 0 END) AS compensated,
        sum(CASE WHEN f.compensation > 0 THEN f.compensation ELSE 0 END) AS compensation_paid
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
        ps.procedure,
        ps.stage,
        ps.stage_name,
        CASE WHEN ps.procedure = 'statutory' THEN 0 ELSE 10 END + ps.stage AS sort_order,
        coalesce(c.received, 0) AS received,
        coalesce(c.escalated, 0) AS escalated,
        coalesce(c.compensated, 0) AS compensated,
        coalesce(c.compensation_paid, 0) AS compensation_paid
    FROM mart.annual_council_year AS y
    CROSS JOIN dw.dim_procedure_stage AS ps
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.procedure_stage_key = ps.procedure_stage_key
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.procedure, g.stage ORDER BY g.financial_year) AS previous_year,
        lag(g.received) OVER (PARTITION BY g.la_code, g.procedure, g.stage ORDER BY g.financial_year) AS previous_received
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(procedure AS VARCHAR) AS procedure,
    CAST(stage AS SMALLINT) AS stage,
    CAST((CASE WHEN procedure = 'statutory' THEN 'Statutory' ELSE 'Corporate' END) || ' stage ' || CAST(stage AS VARCHAR) AS VARCHAR) AS stage_label,
    CAST(stage_name AS VARCHAR) AS stage_name,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(received AS BIGINT) AS received,
    CAST(escalated AS BIGINT) AS escalated,
    CAST(CASE WHEN received > 0 THEN 100.0 * escalated / received END AS DOUBLE) AS escalated_pct,
    CAST(compensated AS BIGINT) AS compensated,
    CAST(compensation_paid AS DECIMAL(18, 2)) AS compensation_paid,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_received AS BIGINT) AS previous_received,
    CAST(CASE WHEN previous_received > 0 THEN 100.0 * (received - previous_received) / previous_received END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_received IS NULL THEN NULL
              WHEN received = previous_received THEN 'level'
              WHEN previous_received > 0 AND abs(100.0 * (received - previous_received) / previous_received) < 0.5 THEN 'level'
              WHEN received > previous_received THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 3b: new (stage 1) complaints by service area, both procedures.
CREATE VIEW mart.annual_complaints_by_service_area AS
WITH areas AS (
    SELECT service_area, service_area_name, sort_order
    FROM (VALUES
        ('social_care', 'Children''s social care', 1),
        ('send', 'Special educational needs and disabilities (SEND)', 2),
        ('education', 'Education', 3),
        ('early_help', 'Early help', 4),
        ('other', 'Other services', 5)
    ) AS k (service_area, service_area_name, sort_order)
),
counted AS (
    SELECT a.la_code, d.financial_year, f.service_area, count(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, f.service_area
),
grid AS (
    SELECT y.la_code, y.financial_year, k.service_area, k.service_area_name, k.sort_order, coalesce(c.complaints, 0) AS complaints
    FROM mart.annual_council_year AS y
    CROSS JOIN areas AS k
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.service_area = k.service_area
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.service_area ORDER BY g.financial_year) AS previous_year,
        lag(g.complaints) OVER (PARTITION BY g.la_code, g.service_area ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(service_area AS VARCHAR) AS service_area,
    CAST(service_area_name AS VARCHAR) AS service_area_name,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(CASE WHEN previous_complaints > 0 THEN 100.0 * (complaints - previous_complaints) / previous_complaints END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_complaints IS NULL THEN NULL
              WHEN complaints = previous_complaints THEN 'level'
              WHEN previous_complaints > 0 AND abs(100.0 * (complaints - previous_complaints) / previous_complaints) < 0.5 THEN 'level'
              WHEN complaints > previous_complaints THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 3a: new (stage 1) complaints by team, under the team's name today: a renamed or merged team's
-- earlier complaints count under the team that took it over (dim_team's current version), so the years
-- compare like with like. Only teams with a complaint in some year are listed.
CREATE VIEW mart.annual_complaints_by_team AS
WITH team_now AS (
    SELECT t.team_key, c.reporting_team, c.service_area
    FROM dw.dim_team AS t
    JOIN (
        SELECT authority_key, team_name, reporting_team, service_area,
               row_number() OVER (PARTITION BY authority_key, team_name ORDER BY valid_from DESC) AS newest
        FROM dw.dim_team
    ) AS c ON c.authority_key = t.authority_key AND c.team_name = t.team_name AND c.newest = 1
),
counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        coalesce(tn.reporting_team, 'Team not recorded') AS reporting_team,
        coalesce(tn.service_area, 'other') AS service_area,
        count(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    LEFT JOIN team_now AS tn ON tn.team_key = f.team_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, coalesce(tn.reporting_team, 'Team not recorded'), coalesce(tn.service_area, 'other')
),
teams AS (
    SELECT DISTINCT la_code, reporting_team, service_area FROM counted
),
grid AS (
    SELECT y.la_code, y.financial_year, t.reporting_team, t.service_area, coalesce(c.complaints, 0) AS complaints
    FROM mart.annual_council_year AS y
    JOIN teams AS t ON t.la_code = y.la_code
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year
          AND c.reporting_team = t.reporting_team AND c.service_area = t.service_area
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.reporting_team, g.service_area ORDER BY g.financial_year) AS previous_year,
        lag(g.complaints) OVER (PARTITION BY g.la_code, g.reporting_team, g.service_area ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(service_area AS VARCHAR) AS service_area,
    CAST(reporting_team AS VARCHAR) AS reporting_team,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(CASE WHEN previous_complaints > 0 THEN 100.0 * (complaints - previous_complaints) / previous_complaints END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_complaints IS NULL THEN NULL
              WHEN complaints = previous_complaints THEN 'level'
              WHEN previous_complaints > 0 AND abs(100.0 * (complaints - previous_complaints) / previous_complaints) < 0.5 THEN 'level'
              WHEN complaints > previous_complaints THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;
