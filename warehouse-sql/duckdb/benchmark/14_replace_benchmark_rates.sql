-- The mart is rebuilt whole inside the load's transaction: readers see the old rows or the new, never half.
DELETE FROM mart.benchmark_rates;

INSERT INTO mart.benchmark_rates
SELECT
    r.la_code,
    r.la_name,
    r.region_name,
    r.period,
    r.rate,
    round(r.value, 2),
    r.numerator,
    r.denominator,
    r.suppressed,
    r.flag,
    round(r.neighbour_median, 2),
    round(r.region_median, 2),
    round(r.england_median, 2),
    CAST(r.rank AS INTEGER),
    round(f.lower_95, 2),
    round(f.upper_95, 2),
    round(f.lower_998, 2),
    round(f.upper_998, 2),
    r.trend
FROM benchmark_row AS r
LEFT JOIN benchmark_funnel AS f
       ON f.rate = r.rate AND f.period = r.period AND f.denominator = r.denominator;
