-- Replace the themes of every assigned stage: drop the themes it no longer has, then insert or update
-- the ones it has (an upsert rather than delete-and-insert, so a key is never deleted and re-added in
-- one transaction).
DELETE FROM dw.bridge_complaint_theme AS b
WHERE b.complaint_stage_key IN (SELECT DISTINCT complaint_stage_key FROM assigned_theme)
  AND NOT EXISTS (
      SELECT 1 FROM assigned_theme AS a
      JOIN dw.dim_theme AS t ON t.theme_code = a.theme_code
      WHERE a.complaint_stage_key = b.complaint_stage_key AND t.theme_key = b.theme_key);

INSERT INTO dw.bridge_complaint_theme (complaint_stage_key, theme_key, score, rank_order, source, model_version, row_hash, assigned_run_id)
SELECT a.complaint_stage_key, t.theme_key, a.score, a.rank_order, a.source, a.model_version, a.row_hash, $run_id
FROM assigned_theme AS a
JOIN dw.dim_theme AS t ON t.theme_code = a.theme_code
ON CONFLICT (complaint_stage_key, theme_key) DO UPDATE SET
    score = excluded.score,
    rank_order = excluded.rank_order,
    source = excluded.source,
    model_version = excluded.model_version,
    row_hash = excluded.row_hash,
    assigned_run_id = excluded.assigned_run_id;

DROP TABLE assigned_theme;
