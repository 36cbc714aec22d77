SELECT watermark_column AS WatermarkColumn, watermark_type AS WatermarkType, watermark AS Watermark,
       run_id AS RunId, keys_compared_at AS KeysComparedAt
FROM etl.source_watermark
WHERE source_name = $source_name;
