-- The benchmark marts of 011 and the theme marts of 030 were defined before facts could be marked deleted
-- (040) and went on counting deleted cases; 041 fixed only the views of 006. These are the same views with
-- the same columns, leaving out facts whose case was deleted in its source. The views built on them
-- (warehouse_measures, authority_measures_all, authority_measures, measure_comparison, and the annual
-- report's) read these names and so follow. A later migration that redefines one of them must keep the
-- deleted_at filter.

-- The council's own measures from its case records (011), deleted cases left out.
CREATE OR REPLACE VIEW mart.warehouse_measure_detail AS
-- The facts counted first on integer keys and the few columns the measures read (1.2 million rows into a few
-- thousand groups), names joined to the groups: the measures below then sum group counts, not rows.
WITH stage_groups AS (
    SELECT
        f.authority_key,
        d.financial_year,
        f.procedure_stage_key,
        f.stage,
        f.service_area,
        f.outcome_key,
        f.within_timescale,
        count(*) AS n
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL
    GROUP BY f.authority_key, d.financial_year, f.procedure_stage_key, f.stage, f.service_area, f.outcome_key, f.within_timescale
),
stage AS (
    SELECT
        a.la_code,
        g.financial_year AS period,
        ps.procedure,
        g.stage,
        g.service_area,
        o.outcome_code AS outcome,
        g.n,
        CASE WHEN o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld') AND g.within_timescale IS NOT NULL THEN g.n ELSE 0 END AS timed,
        CASE WHEN o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld') AND g.within_timescale THEN g.n ELSE 0 END AS in_time,
        CASE WHEN o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld', 'withdrawn') THEN g.n ELSE 0 END AS decided
    FROM stage_groups AS g
    JOIN dw.dim_authority AS a ON a.authority_key = g.authority_key
    JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = g.procedure_stage_key
    JOIN dw.dim_outcome AS o ON o.outcome_key = g.outcome_key
),
stage_counts AS (
    SELECT
        la_code,
        period,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 THEN n ELSE 0 END) AS statutory_stage1,
        sum(CASE WHEN procedure = 'statutory' AND stage = 2 THEN n ELSE 0 END) AS statutory_stage2,
        sum(CASE WHEN procedure = 'statutory' AND stage = 3 THEN n ELSE 0 END) AS statutory_stage3,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 THEN n ELSE 0 END) AS corporate_stage1,
        sum(CASE WHEN procedure = 'corporate' AND stage = 2 THEN n ELSE 0 END) AS corporate_stage2,
        sum(CASE WHEN stage = 1 AND service_area = 'social_care' THEN n ELSE 0 END) AS social_care_stage1,
        sum(CASE WHEN stage = 1 AND service_area = 'send' THEN n ELSE 0 END) AS send_stage1,
        sum(CASE WHEN stage = 1 AND outcome = 'withdrawn' THEN n ELSE 0 END) AS withdrawn,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 THEN timed ELSE 0 END) AS statutory_stage1_timed,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 THEN in_time ELSE 0 END) AS statutory_stage1_in_time,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 THEN timed ELSE 0 END) AS corporate_stage1_timed,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 THEN in_time ELSE 0 END) AS corporate_stage1_in_time,
        sum(timed) AS all_timed,
        sum(in_time) AS all_in_time,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 THEN decided ELSE 0 END) AS statutory_stage1_decided,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 AND outcome = 'upheld' THEN n ELSE 0 END) AS statutory_stage1_upheld,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 AND outcome = 'partially_upheld' THEN n ELSE 0 END) AS statutory_stage1_partially_upheld,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 AND outcome = 'not_upheld' THEN n ELSE 0 END) AS statutory_stage1_not_upheld,
        sum(CASE WHEN procedure = 'statutory' AND stage = 1 AND outcome = 'withdrawn' THEN n ELSE 0 END) AS statutory_stage1_withdrawn,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 THEN decided ELSE 0 END) AS corporate_stage1_decided,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 AND outcome = 'upheld' THEN n ELSE 0 END) AS corporate_stage1_upheld,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 AND outcome = 'partially_upheld' THEN n ELSE 0 END) AS corporate_stage1_partially_upheld,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 AND outcome = 'not_upheld' THEN n ELSE 0 END) AS corporate_stage1_not_upheld,
        sum(CASE WHEN procedure = 'corporate' AND stage = 1 AND outcome = 'withdrawn' THEN n ELSE 0 END) AS corporate_stage1_withdrawn
    FROM stage
    GROUP BY la_code, period
),
other_counts AS (
    SELECT
        a.la_code,
        d.financial_year AS period,
        sum(CASE WHEN r.representation_type = 'rejected_complaint' THEN 1 ELSE 0 END) AS rejected,
        sum(CASE WHEN r.representation_type = 'enquiry' THEN 1 ELSE 0 END) AS enquiries,
        sum(CASE WHEN r.representation_type = 'member_enquiry' THEN 1 ELSE 0 END) AS member_enquiries,
        sum(CASE WHEN r.representation_type = 'mp_enquiry' THEN 1 ELSE 0 END) AS mp_enquiries,
        sum(CASE WHEN r.representation_type = 'comment' THEN 1 ELSE 0 END) AS comments,
        sum(CASE WHEN r.representation_type = 'compliment' THEN 1 ELSE 0 END) AS compliments,
        sum(CASE WHEN r.representation_type = 'duty_matter' THEN 1 ELSE 0 END) AS duty_matters,
        sum(CASE WHEN r.representation_type = 'informal_representation' THEN 1 ELSE 0 END) AS informal_representations
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
-- Materialised: the long form below reads m once per measure.
m AS MATERIALIZED (
    SELECT
        y.la_code,
        y.period,
        coalesce(s.statutory_stage1, 0) AS statutory_stage1,
        coalesce(s.statutory_stage2, 0) AS statutory_stage2,
        coalesce(s.statutory_stage3, 0) AS statutory_stage3,
        coalesce(s.corporate_stage1, 0) AS corporate_stage1,
        coalesce(s.corporate_stage2, 0) AS corporate_stage2,
        coalesce(s.social_care_stage1, 0) AS social_care_stage1,
        coalesce(s.send_stage1, 0) AS send_stage1,
        coalesce(s.withdrawn, 0) AS withdrawn,
        coalesce(s.statutory_stage1_timed, 0) AS statutory_stage1_timed,
        coalesce(s.statutory_stage1_in_time, 0) AS statutory_stage1_in_time,
        coalesce(s.corporate_stage1_timed, 0) AS corporate_stage1_timed,
        coalesce(s.corporate_stage1_in_time, 0) AS corporate_stage1_in_time,
        coalesce(s.all_timed, 0) AS all_timed,
        coalesce(s.all_in_time, 0) AS all_in_time,
        coalesce(s.statutory_stage1_decided, 0) AS statutory_stage1_decided,
        coalesce(s.statutory_stage1_upheld, 0) AS statutory_stage1_upheld,
        coalesce(s.statutory_stage1_partially_upheld, 0) AS statutory_stage1_partially_upheld,
        coalesce(s.statutory_stage1_not_upheld, 0) AS statutory_stage1_not_upheld,
        coalesce(s.statutory_stage1_withdrawn, 0) AS statutory_stage1_withdrawn,
        coalesce(s.corporate_stage1_decided, 0) AS corporate_stage1_decided,
        coalesce(s.corporate_stage1_upheld, 0) AS corporate_stage1_upheld,
        coalesce(s.corporate_stage1_partially_upheld, 0) AS corporate_stage1_partially_upheld,
        coalesce(s.corporate_stage1_not_upheld, 0) AS corporate_stage1_not_upheld,
        coalesce(s.corporate_stage1_withdrawn, 0) AS corporate_stage1_withdrawn,
        coalesce(o.rejected, 0) AS rejected,
        coalesce(o.enquiries, 0) AS enquiries,
        coalesce(o.member_enquiries, 0) AS member_enquiries,
        coalesce(o.mp_enquiries, 0) AS mp_enquiries,
        coalesce(o.comments, 0) AS comments,
        coalesce(o.compliments, 0) AS compliments,
        coalesce(o.duty_matters, 0) AS duty_matters,
        coalesce(o.informal_representations, 0) AS informal_representations
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
    CAST(la_code AS VARCHAR) AS la_code,
    CAST(period AS VARCHAR) AS period,
    CAST(measure AS VARCHAR) AS measure,
    CAST(CASE WHEN denominator IS NULL THEN numerator
              ELSE round(100.0 * numerator / denominator, 1) END AS DECIMAL(18, 3)) AS value,
    CAST(numerator AS BIGINT) AS numerator,
    CAST(denominator AS BIGINT) AS denominator,
    CAST((numerator BETWEEN 1 AND 4) OR coalesce(denominator BETWEEN 1 AND 4, false) AS BOOLEAN) AS suppressed
FROM long_form
WHERE denominator IS NULL OR denominator > 0;

-- authority_measures_all and measure_comparison (011), unchanged in their columns and results, redefined for
-- speed at national scale (1.2 million complaint stages, 55,000 figures), where they took seconds: see the
-- comments inside. They read warehouse_measure_detail above, so they too leave deleted cases out.
CREATE OR REPLACE VIEW mart.authority_measures_all AS
WITH figures AS MATERIALIZED (
    SELECT la_code, area_name, period,
           CASE measure WHEN 'referral_count' THEN 'cin_referrals' ELSE 'children_aged_0_17' END AS measure,
           value, marker, suppressed, source, origin,
           CASE WHEN origin = 'published' THEN 1 ELSE 3 END AS precedence
    FROM dw.fact_referrals
    WHERE geographic_level = 'Local authority' AND measure IN ('referral_count', 'population_estimate')
    UNION ALL
    SELECT la_code, area_name, period,
           CASE measure WHEN 'new_ehc_plans' THEN 'ehc_plans_issued'
                        WHEN 'requests_decided_to_assess' THEN 'ehc_needs_assessments_started'
                        WHEN 'ehcplans' THEN 'ehc_plans_in_place'
                        ELSE 'pct_ehc_plans_issued_within_20_weeks' END,
           value, marker, suppressed, source, origin, 1
    FROM dw.fact_ehcp
    WHERE geographic_level = 'Local authority'
      AND measure IN ('new_ehc_plans', 'requests_decided_to_assess', 'ehcplans', 'pc_plans_issued_within_20_weeks')
    UNION ALL
    SELECT la_code, area_name, period,
           CASE measure WHEN 'complaints_received' THEN 'lgsco_received'
                        WHEN 'detailed_investigations' THEN 'lgsco_detailed_investigations'
                        ELSE 'lgsco_upheld' END,
           value, marker, suppressed, source, origin, 1
    FROM dw.fact_ombudsman
    WHERE category = 'education_and_childrens_services'
      AND measure IN ('complaints_received', 'detailed_investigations', 'upheld')
    UNION ALL
    SELECT la_code, area_name, period, measure, value, marker, suppressed, source, origin, 2
    FROM dw.fact_published_measure
    UNION ALL
    SELECT la_code, NULL, period, measure, value, NULL, suppressed, 'case records in this warehouse', 'warehouse', 3
    FROM mart.warehouse_measure_detail
),
-- The authority's name as it was on 1 April of the period, looked up once per council and period (a few
-- thousand) rather than per figure.
named AS (
    SELECT p.la_code, p.period, a.name
    FROM (SELECT DISTINCT la_code, period FROM figures) AS p
    JOIN dw.dim_authority AS a
      ON a.la_code = p.la_code
     AND a.valid_from <= make_date(CAST(substr(p.period, 1, 4) AS INTEGER), 4, 1)
     AND (a.valid_to IS NULL OR a.valid_to >= make_date(CAST(substr(p.period, 1, 4) AS INTEGER), 4, 1))
)
-- preference and origin_preference number the figures of an authority, period and measure (and origin) by
-- precedence then source: within the authority and measure, the row's place in the ordering by period (and
-- origin), precedence and source less the place of its group's first row. Same numbers as row_number()
-- partitioned by the whole group, without DuckDB's cost of one window partition per group (55,000 groups of
-- one or two rows took seconds); a filter on la_code or measure still reaches the figures below.
SELECT
    CAST(f.la_code AS VARCHAR) AS la_code,
    CAST(coalesce(n.name, f.area_name, f.la_code) AS VARCHAR) AS la_name,
    CAST(f.period AS VARCHAR) AS period,
    CAST(f.measure AS VARCHAR) AS measure,
    CAST(f.value AS DECIMAL(18, 3)) AS value,
    CAST(f.suppressed OR (f.measure NOT LIKE 'pct%' AND coalesce(f.value BETWEEN 1 AND 4, false)) AS BOOLEAN) AS suppressed,
    CAST(f.marker AS VARCHAR) AS marker,
    CAST(f.source AS VARCHAR) AS source,
    CAST(f.origin AS VARCHAR) AS origin,
    CAST(f.precedence AS INTEGER) AS precedence,
    CAST(row_number() OVER (PARTITION BY f.la_code, f.measure ORDER BY f.period, f.precedence, f.source)
         - rank() OVER (PARTITION BY f.la_code, f.measure ORDER BY f.period) + 1 AS BIGINT) AS preference,
    CAST(row_number() OVER (PARTITION BY f.la_code, f.measure ORDER BY f.period, f.origin, f.precedence, f.source)
         - rank() OVER (PARTITION BY f.la_code, f.measure ORDER BY f.period, f.origin) + 1 AS BIGINT) AS origin_preference
FROM figures AS f
LEFT JOIN named AS n ON n.la_code = f.la_code AND n.period = f.period;

CREATE OR REPLACE VIEW mart.measure_comparison AS
-- authority_measures_all worked out once for both sides, rather than once per side.
WITH figures AS MATERIALIZED (
    SELECT la_code, la_name, period, measure, value, source, origin
    FROM mart.authority_measures_all
    WHERE origin_preference = 1 AND origin IN ('published', 'warehouse')
)
SELECT
    p.la_code,
    p.la_name,
    p.period,
    p.measure,
    p.value AS published_value,
    p.source AS published_source,
    w.value AS warehouse_value,
    w.source AS warehouse_source,
    CAST(w.value - p.value AS DECIMAL(18, 3)) AS difference,
    CAST(CASE WHEN p.value <> 0 THEN round(100.0 * (w.value - p.value) / p.value, 1) END AS DECIMAL(18, 3)) AS difference_pct,
    CAST('published' AS VARCHAR) AS used
FROM figures AS p
JOIN figures AS w
  ON w.la_code = p.la_code AND w.period = p.period AND w.measure = p.measure
 AND w.origin = 'warehouse'
WHERE p.origin = 'published';

-- One row per complaint stage and theme (030), deleted cases left out.
CREATE OR REPLACE VIEW mart.complaint_theme AS
SELECT
    a.la_code,
    f.case_reference,
    ps.procedure,
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

-- The annual report's themes table (030), deleted cases left out.
CREATE OR REPLACE VIEW mart.theme_summary AS
SELECT
    a.la_code,
    d.financial_year,
    ps.procedure,
    f.stage,
    th.theme_code,
    th.theme_name,
    count(*) AS raised,
    count(*) FILTER (WHERE o.outcome_code IN ('upheld', 'partially_upheld', 'not_upheld')) AS decided,
    count(*) FILTER (WHERE o.is_upheld_or_partly) AS upheld_or_partly,
    CAST(count(*) FILTER (WHERE o.is_upheld_or_partly) AS DOUBLE) / count(*) AS upheld_share
FROM dw.bridge_complaint_theme AS b
JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
JOIN dw.dim_theme AS th ON th.theme_key = b.theme_key
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
WHERE f.deleted_at IS NULL
GROUP BY a.la_code, d.financial_year, ps.procedure, f.stage, th.theme_code, th.theme_name;

-- representations_by_year (041), same columns and results: the complaint stages counted per procedure and stage
-- first and the type name built on the counts, rather than built from strings for each of 1.2 million rows and
-- grouped on (a filter on the type, as in annual_representations, was evaluated on every row).
CREATE OR REPLACE VIEW mart.representations_by_year AS
SELECT s.la_code, s.financial_year, 'complaint_' || s.procedure || '_stage' || s.stage AS representation_type, s.received
FROM (
    SELECT a.la_code, d.financial_year, ps.procedure, f.stage, count(*) AS received
    FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
    JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
    WHERE f.deleted_at IS NULL
    GROUP BY a.la_code, d.financial_year, ps.procedure, f.stage
) AS s
UNION ALL
SELECT a.la_code, d.financial_year, r.representation_type, count(*) AS received
FROM dw.fact_representation AS r
JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
JOIN dw.dim_date AS d ON d.date_key = r.received_date_key
WHERE r.deleted_at IS NULL
GROUP BY ALL;
