-- What the selection found: stages, of which had themes before, of which carry coded themes, and batches.
SELECT
    count(*) AS Stages,
    count(*) FILTER (WHERE had_themes) AS Reassigned,
    count(*) FILTER (WHERE coded_themes IS NOT NULL) AS Coded,
    CAST(coalesce(max(batch) + 1, 0) AS BIGINT) AS Batches
FROM stage_to_assign;
