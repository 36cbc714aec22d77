-- Case references of this source's facts marked deleted: a pull watches for them coming back.
SELECT DISTINCT f.case_reference
FROM dw.fact_complaint_stage AS f
JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
WHERE f.deleted_at IS NOT NULL
  AND (f.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code))
UNION
SELECT DISTINCT r.case_reference
FROM dw.fact_representation AS r
JOIN dw.dim_authority AS a ON a.authority_key = r.authority_key
WHERE r.deleted_at IS NOT NULL
  AND (r.source_file = $source_name OR list_contains(string_split($owned_la_codes, ','), a.la_code));
