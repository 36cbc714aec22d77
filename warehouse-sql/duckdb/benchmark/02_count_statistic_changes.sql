-- Each staged file row is loaded (all its values new), unchanged (all the same) or updated (otherwise).
-- {fact} is one of the four statistics facts, chosen by the loader from a closed list.
WITH value_status AS (
    SELECT
        s.source_row,
        CASE WHEN f.area_code IS NULL THEN 'new'
             WHEN f.row_hash = s.row_hash THEN 'same'
             ELSE 'changed' END AS status
    FROM staged_statistic AS s
    LEFT JOIN {fact} AS f
           ON f.area_code = s.area_code AND f.period = s.period AND f.category = s.category
          AND f.measure = s.measure AND f.origin = s.origin
),
row_status AS (
    SELECT
        source_row,
        CASE WHEN bool_and(status = 'new') THEN 'loaded'
             WHEN bool_and(status = 'same') THEN 'unchanged'
             ELSE 'updated' END AS status
    FROM value_status
    GROUP BY source_row
)
SELECT
    count(*) FILTER (WHERE status = 'loaded') AS Loaded,
    count(*) FILTER (WHERE status = 'updated') AS Updated,
    count(*) FILTER (WHERE status = 'unchanged') AS Unchanged
FROM row_status;
