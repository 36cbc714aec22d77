-- Rows sharing a natural key within one file. Identical copies: the first loads, the rest are rejected.
-- Copies that disagree: all are rejected, because the warehouse cannot know which is right.
WITH keyed AS (
    SELECT
        source_row,
        case_reference,
        coalesce(CAST(stage AS VARCHAR), 'representation') AS stage_key,
        row_hash,
        min(source_row) OVER w AS first_row,
        count(*) OVER w AS copies,
        count(DISTINCT row_hash) OVER w AS versions,
        string_agg(CAST(source_row AS VARCHAR), ', ' ORDER BY source_row) OVER w AS all_rows
    FROM staged_case_row
    WHERE run_id = $run_id
    WINDOW w AS (PARTITION BY authority_key, case_reference, record_kind, stage)
)
SELECT source_row AS SourceRow, case_reference AS CaseReference, stage_key AS StageKey,
       first_row AS FirstRow, versions > 1 AS Conflicting, all_rows AS AllRows
FROM keyed
WHERE copies > 1 AND (versions > 1 OR source_row <> first_row)
ORDER BY source_row;
