-- The annual report's tables about who complained, how, what was not accepted, and the other
-- representations (see 070 for the conventions). Complaints here are new (stage 1) complaints.

-- Table 7: complainant type, and how many were helped by an advocate (with_advocate; for children and
-- young people the figure regulation 13 reports ask for). is_child marks the children's row.
CREATE VIEW mart.annual_complainant_types AS
WITH types AS (
    SELECT complainant_type_key, complainant_type_code, complainant_type_name, is_child, complainant_type_key AS sort_order
    FROM dw.dim_complainant_type
    UNION ALL
    SELECT -1, 'not_recorded', 'Not recorded', false, 99
),
counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        coalesce(f.complainant_type_key, -1) AS complainant_type_key,
        count(*) AS complaints,
        sum(CASE WHEN f.advocate THEN 1 ELSE 0 END) AS with_advocate
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, coalesce(f.complainant_type_key, -1)
),
grid AS (
    SELECT
        y.la_code,
        y.financial_year,
        t.complainant_type_code,
        t.complainant_type_name,
        t.is_child,
        t.sort_order,
        coalesce(c.complaints, 0) AS complaints,
        coalesce(c.with_advocate, 0) AS with_advocate
    FROM mart.annual_council_year AS y
    CROSS JOIN types AS t
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.complainant_type_key = t.complainant_type_key
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.complainant_type_code ORDER BY g.financial_year) AS previous_year,
        lag(g.complaints) OVER (PARTITION BY g.la_code, g.complainant_type_code ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(complainant_type_code AS VARCHAR) AS complainant_type,
    CAST(complainant_type_name AS VARCHAR) AS complainant_type_name,
    CAST(is_child AS BOOLEAN) AS is_child,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(complaints AS BIGINT) AS complaints,
    CAST(with_advocate AS BIGINT) AS with_advocate,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_complaints AS BIGINT) AS previous_complaints,
    CAST(CASE WHEN previous_complaints > 0 THEN 100.0 * (complaints - previous_complaints) / previous_complaints END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_complaints IS NULL THEN NULL
              WHEN complaints = previous_complaints THEN 'level'
              WHEN previous_complaints > 0 AND abs(100.0 * (complaints - previous_complaints) / previous_complaints) < 0.5 THEN 'level'
              WHEN complaints > previous_complaints THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 8: method of receipt.
CREATE VIEW mart.annual_receipt_methods AS
WITH methods AS (
    SELECT receipt_method_key, receipt_method_code, receipt_method_name, receipt_method_key AS sort_order
    FROM dw.dim_receipt_method
    UNION ALL
    SELECT -1, 'not_recorded', 'Not recorded', 99
),
counted AS (
    SELECT a.la_code, d.financial_year, coalesce(f.receipt_method_key, -1) AS receipt_method_key, count(*) AS complaints
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL AND f.stage = 1
    GROUP BY a.la_code, d.financial_year, coalesce(f.receipt_method_key, -1)
),
grid AS (
    SELECT y.la_code, y.financial_year, m.receipt_method_code, m.receipt_method_name, m.sort_order, coalesce(c.complaints, 0) AS complaints
    FROM mart.annual_council_year AS y
    CROSS JOIN methods AS m
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.receipt_method_key = m.receipt_method_key
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.receipt_method_code ORDER BY g.financial_year) AS previous_year,
        lag(g.complaints) OVER (PARTITION BY g.la_code, g.receipt_method_code ORDER BY g.financial_year) AS previous_complaints
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(receipt_method_code AS VARCHAR) AS receipt_method,
    CAST(receipt_method_name AS VARCHAR) AS receipt_method_name,
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

-- Table 9: complaints not accepted, by the reason recorded (the council's own words, trimmed).
CREATE VIEW mart.annual_rejections AS
WITH counted AS (
    SELECT a.la_code, d.financial_year, coalesce(nullif(trim(r.reason), ''), 'Reason not recorded') AS reason, count(*) AS rejected
    FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    WHERE r.deleted_at IS NULL AND r.representation_type = 'rejected_complaint'
    GROUP BY a.la_code, d.financial_year, coalesce(nullif(trim(r.reason), ''), 'Reason not recorded')
),
reasons AS (
    SELECT DISTINCT la_code, reason FROM counted
),
grid AS (
    SELECT y.la_code, y.financial_year, r.reason, coalesce(c.rejected, 0) AS rejected
    FROM mart.annual_council_year AS y
    JOIN reasons AS r ON r.la_code = y.la_code
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.reason = r.reason
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.reason ORDER BY g.financial_year) AS previous_year,
        lag(g.rejected) OVER (PARTITION BY g.la_code, g.reason ORDER BY g.financial_year) AS previous_rejected
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(reason AS VARCHAR) AS reason,
    CAST(rejected AS BIGINT) AS rejected,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_rejected AS BIGINT) AS previous_rejected,
    CAST(CASE WHEN previous_rejected > 0 THEN 100.0 * (rejected - previous_rejected) / previous_rejected END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_rejected IS NULL THEN NULL
              WHEN rejected = previous_rejected THEN 'level'
              WHEN previous_rejected > 0 AND abs(100.0 * (rejected - previous_rejected) / previous_rejected) < 0.5 THEN 'level'
              WHEN rejected > previous_rejected THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 11b: MP and councillor enquiries and how quickly they were answered (working days from receipt
-- to response). The direction compares the average working days (down is quicker).
CREATE VIEW mart.annual_enquiry_responses AS
WITH kinds AS (
    SELECT representation_type, type_name, sort_order
    FROM (VALUES
        ('mp_enquiry', 'MP enquiries', 1),
        ('member_enquiry', 'Councillor enquiries', 2),
        ('enquiry', 'Other enquiries', 3)
    ) AS k (representation_type, type_name, sort_order)
),
counted AS (
    SELECT
        a.la_code,
        d.financial_year,
        r.representation_type,
        count(*) AS received,
        sum(CASE WHEN r.working_days_taken IS NOT NULL THEN 1 ELSE 0 END) AS answered,
        sum(CASE WHEN r.working_days_taken <= 10 THEN 1 ELSE 0 END) AS within_10_days,
        sum(CASE WHEN r.working_days_taken <= 20 THEN 1 ELSE 0 END) AS within_20_days,
        avg(CAST(r.working_days_taken AS DOUBLE)) AS average_working_days
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
        coalesce(c.received, 0) AS received,
        coalesce(c.answered, 0) AS answered,
        coalesce(c.within_10_days, 0) AS within_10_days,
        coalesce(c.within_20_days, 0) AS within_20_days,
        c.average_working_days
    FROM mart.annual_council_year AS y
    CROSS JOIN kinds AS k
    LEFT JOIN counted AS c
           ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.representation_type = k.representation_type
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_year,
        lag(g.received) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_received,
        lag(g.average_working_days) OVER (PARTITION BY g.la_code, g.representation_type ORDER BY g.financial_year) AS previous_average_working_days
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(representation_type AS VARCHAR) AS representation_type,
    CAST(type_name AS VARCHAR) AS type_name,
    CAST(sort_order AS INTEGER) AS sort_order,
    CAST(received AS BIGINT) AS received,
    CAST(answered AS BIGINT) AS answered,
    CAST(within_10_days AS BIGINT) AS within_10_days,
    CAST(within_20_days AS BIGINT) AS within_20_days,
    CAST(CASE WHEN answered > 0 THEN 100.0 * within_20_days / answered END AS DOUBLE) AS within_20_days_pct,
    CAST(average_working_days AS DOUBLE) AS average_working_days,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_received AS BIGINT) AS previous_received,
    CAST(previous_average_working_days AS DOUBLE) AS previous_average_working_days,
    CAST(CASE WHEN average_working_days IS NULL OR previous_average_working_days IS NULL THEN NULL
              WHEN abs(average_working_days - previous_average_working_days) < 0.05 THEN 'level'
              WHEN average_working_days > previous_average_working_days THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;

-- Table 11a: compliments by team (the team's name today, as in mart.annual_complaints_by_team).
CREATE VIEW mart.annual_compliments_by_team AS
WITH team_now AS (
    SELECT t.team_key, c.reporting_team
    FROM dw.dim_team AS t
    JOIN (
        SELECT authority_key, team_name, reporting_team,
               row_number() OVER (PARTITION BY authority_key, team_name ORDER BY valid_from DESC) AS newest
        FROM dw.dim_team
    ) AS c ON c.authority_key = t.authority_key AND c.team_name = t.team_name AND c.newest = 1
),
counted AS (
    SELECT a.la_code, d.financial_year, coalesce(tn.reporting_team, 'Team not recorded') AS reporting_team, count(*) AS compliments
    FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    LEFT JOIN team_now AS tn ON tn.team_key = r.team_key
    WHERE r.deleted_at IS NULL AND r.representation_type = 'compliment'
    GROUP BY a.la_code, d.financial_year, coalesce(tn.reporting_team, 'Team not recorded')
),
teams AS (
    SELECT DISTINCT la_code, reporting_team FROM counted
),
grid AS (
    SELECT y.la_code, y.financial_year, t.reporting_team, coalesce(c.compliments, 0) AS compliments
    FROM mart.annual_council_year AS y
    JOIN teams AS t ON t.la_code = y.la_code
    LEFT JOIN counted AS c ON c.la_code = y.la_code AND c.financial_year = y.financial_year AND c.reporting_team = t.reporting_team
),
lagged AS (
    SELECT
        g.*,
        lag(g.financial_year) OVER (PARTITION BY g.la_code, g.reporting_team ORDER BY g.financial_year) AS previous_year,
        lag(g.compliments) OVER (PARTITION BY g.la_code, g.reporting_team ORDER BY g.financial_year) AS previous_compliments
    FROM grid AS g
)
SELECT
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(financial_year AS VARCHAR) AS financial_year,
    CAST(reporting_team AS VARCHAR) AS reporting_team,
    CAST(compliments AS BIGINT) AS compliments,
    CAST(previous_year AS VARCHAR) AS previous_year,
    CAST(previous_compliments AS BIGINT) AS previous_compliments,
    CAST(CASE WHEN previous_compliments > 0 THEN 100.0 * (compliments - previous_compliments) / previous_compliments END AS DOUBLE) AS change_pct,
    CAST(CASE WHEN previous_compliments IS NULL THEN NULL
              WHEN compliments = previous_compliments THEN 'level'
              WHEN previous_compliments > 0 AND abs(100.0 * (compliments - previous_compliments) / previous_compliments) < 0.5 THEN 'level'
              WHEN compliments > previous_compliments THEN 'up'
              ELSE 'down' END AS VARCHAR) AS direction
FROM lagged;
