-- Compliments, enquiries, rejected complaints and the rest: keyed on the case reference alone.
UPDATE dw.fact_representation AS r
SET deleted_at = $deleted_at,
    deleted_run_id = $run_id
FROM dw.dim_authority AS a
WHERE a.authority_key = r.authority_key
  AND r.deleted_at IS NULL
  AND (r.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code))
  AND r.loaded_run_id <> $run_id
  AND r.updated_run_id IS DISTINCT FROM $run_id
  AND NOT EXISTS (
      SELECT 1 FROM pull_present_key AS k
      WHERE k.case_reference = r.case_reference
        AND (k.la_code IS NULL OR k.la_code = a.la_code)
        AND (k.record_kind IS NULL OR k.record_kind = 'representation'));
