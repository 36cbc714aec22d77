-- A value published again with different content replaces the old one on its natural key.
UPDATE {fact} AS f
SET authority_key = s.authority_key,
    la_code = s.la_code,
    area_name = s.area_name,
    geographic_level = s.geographic_level,
    region_code = s.region_code,
    time_period = s.time_period,
    time_identifier = s.time_identifier,
    value = s.value,
    marker = s.marker,
    suppressed = s.suppressed,
    source = s.source,
    source_file = s.source_file,
    source_row = s.source_row,
    row_hash = s.row_hash,
    updated_run_id = $run_id
FROM staged_statistic AS s
WHERE f.area_code = s.area_code AND f.period = s.period AND f.category = s.category
  AND f.measure = s.measure AND f.origin = s.origin
  AND f.row_hash <> s.row_hash;
