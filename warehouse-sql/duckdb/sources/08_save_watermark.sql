-- Runs inside the pull's transaction: the watermark moves only with the rows it covers.
INSERT INTO etl.source_watermark (
    source_name, watermark_column, watermark_type, watermark, run_id, updated_at, keys_compared_at, keys_compared_run_id)
VALUES (
    $source_name, $watermark_column, $watermark_type, $watermark, $run_id, $now,
    CASE WHEN $keys_compared THEN $now END, CASE WHEN $keys_compared THEN $run_id END)
ON CONFLICT (source_name) DO UPDATE SET
    watermark_column = excluded.watermark_column,
    watermark_type = excluded.watermark_type,
    watermark = excluded.watermark,
    run_id = excluded.run_id,
    updated_at = excluded.updated_at,
    keys_compared_at = coalesce(excluded.keys_compared_at, keys_compared_at),
    keys_compared_run_id = coalesce(excluded.keys_compared_run_id, keys_compared_run_id);
