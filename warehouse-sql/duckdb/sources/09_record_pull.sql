INSERT INTO etl.source_pull (
    run_id, source_name, provider, data_kind, watermark_column, watermark_before, read_from, watermark_after,
    full_read, keys_compared, source_keys, rows_marked_deleted, rows_restored, attempt)
VALUES (
    $run_id, $source_name, $provider, $data_kind, $watermark_column, $watermark_before, $read_from, $watermark_after,
    $full_read, $keys_compared, $source_keys, $rows_marked_deleted, $rows_restored, $attempt);
