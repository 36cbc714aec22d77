-- Stages this source loaded (or whose authority it owns) that its full key list no longer has. Rows this
-- run loaded or updated were just read from the source, so they are there whatever the list says.
UPDATE dw.fact_complaint_stage AS f
SET deleted_at = $deleted_at,
    deleted_run_id = $run_id
FROM dw.dim_authority AS a
WHERE a.authority_key = f.authority_key
  AND f.deleted_at IS NULL
  AND (f.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code))
  AND f.loaded_run_id <> $run_id
  AND f.updated_run_id IS DISTINCT FROM $run_id
  AND NOT EXISTS (
      SELECT 1 FROM pull_present_key AS k
      WHERE k.case_reference = f.case_reference
        AND (k.la_code IS NULL OR k.la_code = a.la_code)
        AND (k.record_kind IS NULL OR (k.record_kind = 'complaint_stage' AND k.stage = f.stage)));
