-- Every denominator the funnel limits are needed at, with the England rate and the rate's scale.
SELECT DISTINCT
    rate AS Rate,
    period AS Period,
    denominator AS Denominator,
    england_rate AS EnglandRate,
    scale AS Scale,
    distribution AS Distribution
FROM benchmark_row
WHERE denominator > 0 AND england_rate IS NOT NULL;
