-- Rows sharing a natural key within one file. Identical copies: the first loads, the rest are rejected.
-- Copies that disagree: all are rejected, because the warehouse cannot know which is right.
WITH repeated AS (
    SELECT authority_key, case_reference, record_kind, coalesce(stage, 0) AS stage_number
    FROM staged_case_row
    GROUP BY ALL
    HAVING count(*) > 1
),
keyed AS (
    SELECT
        s.source_row,
        s.case_reference,
        coalesce(CAST(s.stage AS VARCHAR), 'representation') AS stage_key,
        min(s.source_row) OVER w AS first_row,
        count(DISTINCT s.row_hash) OVER w AS versions,
        string_agg(CAST(s.source_row AS VARCHAR), ', ' ORDER BY s.source_row) OVER w AS all_rows
    FROM staged_case_row AS s
    JOIN repeated AS r
      ON r.authority_key = s.authority_key AND r.case_reference = s.case_reference
     AND r.record_kind = s.record_kind AND r.stage_number = coalesce(s.stage, 0)
    WINDOW w AS (PARTITION BY s.authority_key, s.case_reference, s.record_kind, s.stage)
)
SELECT source_row AS SourceRow, case_reference AS CaseReference, stage_key AS StageKey,
       first_row AS FirstRow, versions > 1 AS Conflicting, all_rows AS AllRows
FROM keyed
WHERE versions > 1 OR source_row <> first_row
ORDER BY source_row;
