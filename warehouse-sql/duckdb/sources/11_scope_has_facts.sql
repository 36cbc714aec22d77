-- Whether the source answers for any live fact yet: with none, a key comparison has nothing to mark.
SELECT EXISTS (
    SELECT 1 FROM dw.fact_complaint_stage AS f
    JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
    WHERE f.deleted_at IS NULL
      AND (f.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code)))
OR EXISTS (
    SELECT 1 FROM dw.fact_representation AS r
    JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
    WHERE r.deleted_at IS NULL
      AND (r.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code)));
