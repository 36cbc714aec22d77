-- One row per authority, period and rate with a numerator (or its flagged fallback) and a denominator,
-- with the comparators: median of the ten statistical neighbours (latest model per authority), of the
-- region (Inner and Outer London compare as London) and of England, rank (1 = lowest), the pooled
-- England rate the funnel is drawn around, and the trend against the previous year. Invented demo
-- councils are ranked among, but never counted in, the comparators.
CREATE OR REPLACE TEMP TABLE benchmark_measure AS
SELECT la_code, period, measure, CAST(value AS DOUBLE) AS value, suppressed, marker
FROM mart.authority_measures
WHERE measure IN (
    SELECT numerator_measure FROM benchmark_rate_definition
    UNION SELECT fallback_measure FROM benchmark_rate_definition
    UNION SELECT denominator_measure FROM benchmark_rate_definition);

CREATE OR REPLACE TEMP TABLE benchmark_rated AS
WITH m AS (
    SELECT * FROM benchmark_measure
),
keys AS (
    SELECT DISTINCT la_code, period FROM m
),
authority AS (
    SELECT
        k.la_code,
        k.period,
        a.name AS la_name,
        a.is_fictional,
        CASE WHEN a.region_code IN ('E13000001', 'E13000002') THEN 'E12000007' ELSE a.region_code END AS region_code,
        CASE WHEN a.region_code IN ('E13000001', 'E13000002') THEN 'London' ELSE a.region_name END AS region_name
    FROM keys AS k
    JOIN dw.dim_authority AS a
      ON a.la_code = k.la_code
     AND a.valid_from <= make_date(CAST(substr(k.period, 1, 4) AS INTEGER), 4, 1)
     AND (a.valid_to IS NULL OR a.valid_to >= make_date(CAST(substr(k.period, 1, 4) AS INTEGER), 4, 1))
),
input AS (
    SELECT
        r.rate,
        r.scale,
        r.distribution,
        k.la_code,
        k.period,
        k.la_name,
        k.is_fictional,
        k.region_code,
        k.region_name,
        CASE WHEN n.la_code IS NOT NULL THEN n.value ELSE fb.value END AS numerator,
        CASE WHEN n.la_code IS NOT NULL THEN n.suppressed ELSE fb.suppressed END AS numerator_suppressed,
        CASE WHEN n.la_code IS NOT NULL THEN n.marker ELSE fb.marker END AS numerator_marker,
        CASE WHEN n.la_code IS NOT NULL THEN r.numerator_measure ELSE r.fallback_measure END AS numerator_measure,
        d.value AS denominator,
        d.suppressed AS denominator_suppressed,
        d.marker AS denominator_marker,
        r.denominator_measure,
        CASE WHEN n.la_code IS NULL THEN r.fallback_flag END AS fallback_flag
    FROM benchmark_rate_definition AS r
    CROSS JOIN authority AS k
    JOIN m AS d ON d.la_code = k.la_code AND d.period = k.period AND d.measure = r.denominator_measure
    LEFT JOIN m AS n ON n.la_code = k.la_code AND n.period = k.period AND n.measure = r.numerator_measure
    LEFT JOIN m AS fb ON fb.la_code = k.la_code AND fb.period = k.period AND fb.measure = r.fallback_measure
    WHERE n.la_code IS NOT NULL OR fb.la_code IS NOT NULL
),
rated AS (
    SELECT
        i.*,
        CASE WHEN i.numerator IS NOT NULL AND i.denominator > 0 THEN i.numerator / i.denominator * i.scale END AS value,
        coalesce(i.numerator_suppressed, false) OR coalesce(i.denominator_suppressed, false) AS suppressed,
        nullif(concat_ws('; ',
            i.fallback_flag,
            CASE WHEN i.numerator IS NULL AND i.numerator_marker IS NOT NULL THEN i.numerator_measure || ' published as ' || i.numerator_marker END,
            CASE WHEN i.denominator IS NULL AND i.denominator_marker IS NOT NULL THEN i.denominator_measure || ' published as ' || i.denominator_marker END), '') AS flag
    FROM input AS i
)
SELECT * FROM rated;

CREATE OR REPLACE TEMP TABLE benchmark_row AS
WITH rated AS (
    SELECT * FROM benchmark_rated
),
england AS (
    SELECT rate, period, median(value) AS england_median, sum(numerator) / sum(denominator) AS england_rate
    FROM rated
    WHERE NOT is_fictional AND value IS NOT NULL
    GROUP BY rate, period
),
region AS (
    SELECT rate, period, region_code, median(value) AS region_median
    FROM rated
    WHERE NOT is_fictional AND value IS NOT NULL
    GROUP BY rate, period, region_code
),
neighbour_model AS (
    SELECT la_code, max(model) AS model FROM dw.authority_neighbour GROUP BY la_code
),
neighbours AS (
    SELECT r.rate, r.period, r.la_code, median(v.value) AS neighbour_median
    FROM rated AS r
    JOIN neighbour_model AS nm ON nm.la_code = r.la_code
    JOIN dw.authority_neighbour AS n ON n.la_code = nm.la_code AND n.model = nm.model
    JOIN rated AS v ON v.la_code = n.neighbour_la_code AND v.rate = r.rate AND v.period = r.period AND v.value IS NOT NULL
    GROUP BY r.rate, r.period, r.la_code
),
ranked AS (
    SELECT rate, period, la_code, rank() OVER (PARTITION BY rate, period ORDER BY value) AS rank_among_england
    FROM rated
    WHERE NOT is_fictional AND value IS NOT NULL
),
fictional_ranked AS (
    SELECT f.rate, f.period, f.la_code, 1 + count(o.la_code) AS rank_among_england
    FROM rated AS f
    LEFT JOIN rated AS o
           ON o.rate = f.rate AND o.period = f.period AND NOT o.is_fictional AND o.value < f.value
    WHERE f.is_fictional AND f.value IS NOT NULL
    GROUP BY f.rate, f.period, f.la_code
)
SELECT
    r.*,
    e.england_median,
    e.england_rate,
    g.region_median,
    nb.neighbour_median,
    CASE WHEN r.value IS NULL THEN NULL ELSE coalesce(k.rank_among_england, fk.rank_among_england) END AS rank,
    CASE WHEN r.value IS NULL OR p.value IS NULL THEN NULL
         WHEN round(r.value, 2) > round(p.value, 2) THEN 'up'
         WHEN round(r.value, 2) < round(p.value, 2) THEN 'down'
         ELSE 'level' END AS trend
FROM rated AS r
LEFT JOIN england AS e ON e.rate = r.rate AND e.period = r.period
LEFT JOIN region AS g ON g.rate = r.rate AND g.period = r.period AND g.region_code = r.region_code
LEFT JOIN neighbours AS nb ON nb.rate = r.rate AND nb.period = r.period AND nb.la_code = r.la_code
LEFT JOIN ranked AS k ON k.rate = r.rate AND k.period = r.period AND k.la_code = r.la_code
LEFT JOIN fictional_ranked AS fk ON fk.rate = r.rate AND fk.period = r.period AND fk.la_code = r.la_code
LEFT JOIN rated AS p
       ON p.rate = r.rate AND p.la_code = r.la_code
      AND p.period = CAST(CAST(substr(r.period, 1, 4) AS INTEGER) - 1 AS VARCHAR) || '/' || substr(r.period, 3, 2);
