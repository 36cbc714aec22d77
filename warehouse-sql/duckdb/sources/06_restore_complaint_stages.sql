-- A marked stage is live again when its source has it again (exact key: an unreadable row restores
-- nothing), or when any later load updated it (a corrected file or another pull delivered it).
UPDATE dw.fact_complaint_stage AS f
SET deleted_at = NULL,
    deleted_run_id = NULL
FROM dw.dim_authority AS a
WHERE a.authority_key = f.authority_key
  AND f.deleted_at IS NOT NULL
  AND (coalesce(f.updated_run_id, f.loaded_run_id) > f.deleted_run_id
       OR ((f.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code))
           AND EXISTS (
               SELECT 1 FROM pull_present_key AS k
               WHERE k.case_reference = f.case_reference
                 AND (k.la_code IS NULL OR k.la_code = a.la_code)
                 AND k.record_kind = 'complaint_stage' AND k.stage = f.stage)));
