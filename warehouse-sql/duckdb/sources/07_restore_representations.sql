UPDATE dw.fact_representation AS r
SET deleted_at = NULL,
    deleted_run_id = NULL
FROM dw.dim_authority AS a
WHERE a.authority_key = r.authority_key
  AND r.deleted_at IS NOT NULL
  AND (coalesce(r.updated_run_id, r.loaded_run_id) > r.deleted_run_id
       OR ((r.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code))
           AND EXISTS (
               SELECT 1 FROM pull_present_key AS k
               WHERE k.case_reference = r.case_reference
                 AND (k.la_code IS NULL OR k.la_code = a.la_code)
                 AND k.record_kind = 'representation')));
