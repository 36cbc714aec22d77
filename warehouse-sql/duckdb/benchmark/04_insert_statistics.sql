-- Values not seen before.
INSERT INTO {fact}
SELECT s.*
FROM staged_statistic AS s
WHERE NOT EXISTS (
    SELECT 1 FROM {fact} AS f
    WHERE f.area_code = s.area_code AND f.period = s.period AND f.category = s.category
      AND f.measure = s.measure AND f.origin = s.origin
);
