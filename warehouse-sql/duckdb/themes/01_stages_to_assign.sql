-- Complaint stages whose themes must be assigned: none yet, the row changed since they were assigned
-- (row_hash: summary, category or anything else), predicted by another model version, or coded themes
-- that appeared or went. Stages an analyst reviewed keep their reviewed themes and are never picked.
-- Stages with neither coded themes nor a summary have nothing to assign from.
SELECT
    f.complaint_stage_key AS ComplaintStageKey,
    f.row_hash AS RowHash,
    f.coded_themes AS CodedThemes,
    CASE WHEN f.coded_themes IS NULL THEN f.summary_redacted END AS Summary,
    EXISTS (SELECT 1 FROM dw.bridge_complaint_theme AS b WHERE b.complaint_stage_key = f.complaint_stage_key) AS HadThemes
FROM dw.fact_complaint_stage AS f
WHERE (f.coded_themes IS NOT NULL OR trim(coalesce(f.summary_redacted, '')) <> '')
  AND NOT EXISTS (
      SELECT 1 FROM dw.bridge_complaint_theme AS b
      WHERE b.complaint_stage_key = f.complaint_stage_key AND b.source = 'reviewed')
  AND (
      NOT EXISTS (SELECT 1 FROM dw.bridge_complaint_theme AS b WHERE b.complaint_stage_key = f.complaint_stage_key)
      OR EXISTS (
          SELECT 1 FROM dw.bridge_complaint_theme AS b
          WHERE b.complaint_stage_key = f.complaint_stage_key
            AND (b.row_hash IS DISTINCT FROM f.row_hash
                 OR (b.source = 'predicted' AND (f.coded_themes IS NOT NULL OR b.model_version IS DISTINCT FROM $model_version))
                 OR (b.source = 'coded' AND f.coded_themes IS NULL))))
ORDER BY f.complaint_stage_key;
