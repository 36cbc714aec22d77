-- The benchmark marts of 011 and the theme marts of 030, deleted cases left out (040: deleted_at).
-- Same views and columns as ../duckdb/042_benchmark_and_theme_marts_exclude_deleted.sql.
-- A later migration that redefines one of them must keep the deleted_at filter.

CREATE OR ALTER VIEW mart.warehouse_measure_detail AS
WITH stage AS (
    SELECT
        a.la_code,
        d.financial_year AS period,
        ps.[procedure],
        f.stage,
        f.service_area,
        o.outcome_code AS outcome,
        CASE WHEN o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld') AND f.within_timescale IS NOT NULL THEN 1 ELSE 0 END AS timed,
        CASE WHEN o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld') AND f.within_timescale = 1 THEN 1 ELSE 0 END AS in_time,
        CASE WHEN o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld', 'withdrawn') THEN 1 ELSE 0 END AS decided
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
    WHERE f.deleted_at IS NULL
),
stage_counts AS (
    SELECT
        la_code,
        period,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 THEN 1 ELSE 0 END) AS statutory_stage1,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 2 THEN 1 ELSE 0 END) AS statutory_stage2,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 3 THEN 1 ELSE 0 END) AS statutory_stage3,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 THEN 1 ELSE 0 END) AS corporate_stage1,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 2 THEN 1 ELSE 0 END) AS corporate_stage2,
        SUM(CASE WHEN stage = 1 AND service_area = 'social_care' THEN 1 ELSE 0 END) AS social_care_stage1,
        SUM(CASE WHEN stage = 1 AND service_area = 'send' THEN 1 ELSE 0 END) AS send_stage1,
        SUM(CASE WHEN stage = 1 AND outcome = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 THEN timed ELSE 0 END) AS statutory_stage1_timed,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 THEN in_time ELSE 0 END) AS statutory_stage1_in_time,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 THEN timed ELSE 0 END) AS corporate_stage1_timed,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 THEN in_time ELSE 0 END) AS corporate_stage1_in_time,
        SUM(timed) AS all_timed,
        SUM(in_time) AS all_in_time,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 THEN decided ELSE 0 END) AS statutory_stage1_decided,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 AND outcome = 'upheld' THEN 1 ELSE 0 END) AS statutory_stage1_upheld,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 AND outcome = 'partially_upheld' THEN 1 ELSE 0 END) AS statutory_stage1_partially_upheld,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 AND outcome = 'not_upheld' THEN 1 ELSE 0 END) AS statutory_stage1_not_upheld,
        SUM(CASE WHEN [procedure] = 'statutory' AND stage = 1 AND outcome = 'withdrawn' THEN 1 ELSE 0 END) AS statutory_stage1_withdrawn,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 THEN decided ELSE 0 END) AS corporate_stage1_decided,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 AND outcome = 'upheld' THEN 1 ELSE 0 END) AS corporate_stage1_upheld,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 AND outcome = 'partially_upheld' THEN 1 ELSE 0 END) AS corporate_stage1_partially_upheld,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 AND outcome = 'not_upheld' THEN 1 ELSE 0 END) AS corporate_stage1_not_upheld,
        SUM(CASE WHEN [procedure] = 'corporate' AND stage = 1 AND outcome = 'withdrawn' THEN 1 ELSE 0 END) AS corporate_stage1_withdrawn
    FROM stage
    GROUP BY la_code, period
),
other_counts AS (
    SELECT
        a.la_code,
        d.financial_year AS period,
        SUM(CASE WHEN r.representation_type = 'rejected_complaint' THEN 1 ELSE 0 END) AS rejected,
        SUM(CASE WHEN r.representation_type = 'enquiry' THEN 1 ELSE 0 END) AS enquiries,
        SUM(CASE WHEN r.representation_type = 'member_enquiry' THEN 1 ELSE 0 END) AS member_enquiries,
        SUM(CASE WHEN r.representation_type = 'mp_enquiry' THEN 1 ELSE 0 END) AS mp_enquiries,
        SUM(CASE WHEN r.representation_type = 'comment' THEN 1 ELSE 0 END) AS comments,
        SUM(CASE WHEN r.representation_type = 'compliment' THEN 1 ELSE 0 END) AS compliments,
        SUM(CASE WHEN r.representation_type = 'duty_matter' THEN 1 ELSE 0 END) AS duty_matters,
        SUM(CASE WHEN r.representation_type = 'informal_representation' THEN 1 ELSE 0 END) AS informal_representations
    FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
    WHERE r.deleted_at IS NULL
    GROUP BY a.la_code, d.financial_year
),
years AS (
    SELECT la_code, period FROM stage_counts
    UNION
    SELECT la_code, period FROM other_counts
),
m AS (
    SELECT
        y.la_code,
        y.period,
        COALESCE(s.statutory_stage1, 0) AS statutory_stage1,
        COALESCE(s.statutory_stage2, 0) AS statutory_stage2,
        COALESCE(s.statutory_stage3, 0) AS statutory_stage3,
        COALESCE(s.corporate_stage1, 0) AS corporate_stage1,
        COALESCE(s.corporate_stage2, 0) AS corporate_stage2,
        COALESCE(s.social_care_stage1, 0) AS social_care_stage1,
        COALESCE(s.send_stage1, 0) AS send_stage1,
        COALESCE(s.withdrawn, 0) AS withdrawn,
        COALESCE(s.statutory_stage1_timed, 0) AS statutory_stage1_timed,
        COALESCE(s.statutory_stage1_in_time, 0) AS statutory_stage1_in_time,
        COALESCE(s.corporate_stage1_timed, 0) AS corporate_stage1_timed,
        COALESCE(s.corporate_stage1_in_time, 0) AS corporate_stage1_in_time,
        COALESCE(s.all_timed, 0) AS all_timed,
        COALESCE(s.all_in_time, 0) AS all_in_time,
        COALESCE(s.statutory_stage1_decided, 0) AS statutory_stage1_decided,
        COALESCE(s.statutory_stage1_upheld, 0) AS statutory_stage1_upheld,
        COALESCE(s.statutory_stage1_partially_upheld, 0) AS statutory_stage1_partially_upheld,
        COALESCE(s.statutory_stage1_not_upheld, 0) AS statutory_stage1_not_upheld,
        COALESCE(s.statutory_stage1_withdrawn, 0) AS statutory_stage1_withdrawn,
        COALESCE(s.corporate_stage1_decided, 0) AS corporate_stage1_decided,
        COALESCE(s.corporate_stage1_upheld, 0) AS corporate_stage1_upheld,
        COALESCE(s.corporate_stage1_partially_upheld, 0) AS corporate_stage1_partially_upheld,
        COALESCE(s.corporate_stage1_not_upheld, 0) AS corporate_stage1_not_upheld,
        COALESCE(s.corporate_stage1_withdrawn, 0) AS corporate_stage1_withdrawn,
        COALESCE(o.rejected, 0) AS rejected,
        COALESCE(o.enquiries, 0) AS enquiries,
        COALESCE(o.member_enquiries, 0) AS member_enquiries,
        COALESCE(o.mp_enquiries, 0) AS mp_enquiries,
        COALESCE(o.comments, 0) AS comments,
        COALESCE(o.compliments, 0) AS compliments,
        COALESCE(o.duty_matters, 0) AS duty_matters,
        COALESCE(o.informal_representations, 0) AS informal_representations
    FROM years AS y
    LEFT JOIN stage_counts AS s ON s.la_code = y.la_code AND s.period = y.period
    LEFT JOIN other_counts AS o ON o.la_code = y.la_code AND o.period = y.period
),
long_form AS (
    SELECT la_code, period, 'complaints_statutory_stage1' AS measure, statutory_stage1 AS numerator, NULL AS denominator FROM m
    UNION ALL SELECT la_code, period, 'complaints_statutory_stage2', statutory_stage2, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_statutory_stage3', statutory_stage3, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_corporate_stage1', corporate_stage1, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_corporate_stage2', corporate_stage2, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_social_care_stage1', social_care_stage1, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_send_stage1', send_stage1, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_total', statutory_stage1 + corporate_stage1, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_rejected', rejected, NULL FROM m
    UNION ALL SELECT la_code, period, 'complaints_withdrawn', withdrawn, NULL FROM m
    UNION ALL SELECT la_code, period, 'representations_total',
        statutory_stage1 + corporate_stage1 + enquiries + member_enquiries + mp_enquiries + comments + compliments
        + duty_matters + informal_representations, NULL FROM m
    UNION ALL SELECT la_code, period, 'enquiries', enquiries, NULL FROM m
    UNION ALL SELECT la_code, period, 'member_enquiries', member_enquiries, NULL FROM m
    UNION ALL SELECT la_code, period, 'mp_enquiries', mp_enquiries, NULL FROM m
    UNION ALL SELECT la_code, period, 'comments', comments, NULL FROM m
    UNION ALL SELECT la_code, period, 'compliments', compliments, NULL FROM m
    UNION ALL SELECT la_code, period, 'duty_matters', duty_matters, NULL FROM m
    UNION ALL SELECT la_code, period, 'informal_representations', informal_representations, NULL FROM m
    UNION ALL SELECT la_code, period, 'pct_statutory_stage1_within_timescale', statutory_stage1_in_time, statutory_stage1_timed FROM m
    UNION ALL SELECT la_code, period, 'pct_corporate_stage1_within_timescale', corporate_stage1_in_time, corporate_stage1_timed FROM m
    UNION ALL SELECT la_code, period, 'pct_all_within_timescale', all_in_time, all_timed FROM m
    UNION ALL SELECT la_code, period, 'pct_statutory_stage1_upheld', statutory_stage1_upheld, statutory_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_statutory_stage1_partially_upheld', statutory_stage1_partially_upheld, statutory_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_statutory_stage1_not_upheld', statutory_stage1_not_upheld, statutory_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_statutory_stage1_withdrawn', statutory_stage1_withdrawn, statutory_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_corporate_stage1_upheld', corporate_stage1_upheld, corporate_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_corporate_stage1_partially_upheld', corporate_stage1_partially_upheld, corporate_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_corporate_stage1_not_upheld', corporate_stage1_not_upheld, corporate_stage1_decided FROM m
    UNION ALL SELECT la_code, period, 'pct_corporate_stage1_withdrawn', corporate_stage1_withdrawn, corporate_stage1_decided FROM m
)
SELECT
    CAST(la_code AS NVARCHAR(10)) AS la_code,
    CAST(period AS NVARCHAR(400)) AS period,
    CAST(measure AS NVARCHAR(400)) AS measure,
    CAST(CASE WHEN denominator IS NULL THEN numerator
              ELSE ROUND(100.0 * numerator / denominator, 1) END AS DECIMAL(18, 3)) AS value,
    CAST(numerator AS BIGINT) AS numerator,
    CAST(denominator AS BIGINT) AS denominator,
    CAST(CASE WHEN numerator BETWEEN 1 AND 4 OR denominator BETWEEN 1 AND 4 THEN 1 ELSE 0 END AS BIT) AS suppressed
FROM long_form
WHERE denominator IS NULL OR denominator > 0;
GO

CREATE OR ALTER VIEW mart.complaint_theme AS
SELECT
    a.la_code,
    f.case_reference,
    ps.[procedure],
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
LEFT JOIN dw.dim_team AS t ON t.team_key = f.team_key
WHERE f.deleted_at IS NULL;
GO

CREATE OR ALTER VIEW mart.theme_summary AS
SELECT
    a.la_code,
    d.financial_year,
    ps.[procedure],
    f.stage,
    th.theme_code,
    th.theme_name,
    COUNT_BIG(*) AS raised,
    CAST(SUM(CASE WHEN o.outcome_code IN (N'upheld', N'partially_upheld', N'not_upheld') THEN 1 ELSE 0 END) AS BIGINT) AS decided,
    CAST(SUM(CASE WHEN o.is_upheld_or_partly = 1 THEN 1 ELSE 0 END) AS BIGINT) AS upheld_or_partly,
    CAST(CAST(SUM(CASE WHEN o.is_upheld_or_partly = 1 THEN 1 ELSE 0 END) AS FLOAT) / COUNT_BIG(*) AS FLOAT) AS upheld_share
FROM dw.bridge_complaint_theme AS b
JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
WHERE f.deleted_at IS NULL
GROUP BY a.la_code, d.financial_year, ps.[procedure], f.stage, th.theme_code, th.theme_name;
GO
