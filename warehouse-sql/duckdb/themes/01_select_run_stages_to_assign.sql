-- The selection of 01_select_stages_to_assign.sql among the complaint stages one load run ($run_id) loaded
-- or updated: what an import that knows its run needs, at a cost that follows the file rather than the
-- warehouse (the run's rows are found through the run columns, and only their bridge rows are read).
-- The same conditions; a change there belongs here too.
INSERT INTO stage_to_assign
WITH scope AS (
    SELECT complaint_stage_key, row_hash, coded_themes, summary_redacted
    FROM dw.fact_complaint_stage
    WHERE loaded_run_id = $run_id OR updated_run_id = $run_id
),
themed AS (
    SELECT
        complaint_stage_key,
        bool_or(source = 'reviewed') AS reviewed,
        bool_or(source = 'predicted') AS predicted,
        bool_or(source = 'predicted' AND model_version IS DISTINCT FROM $model_version) AS other_model,
        bool_or(source = 'coded') AS coded,
        count(*) - count(row_hash) AS without_hash,
        min(row_hash) AS first_hash,
        max(row_hash) AS last_hash
    FROM dw.bridge_complaint_theme
    WHERE complaint_stage_key IN (SELECT complaint_stage_key FROM scope)
    GROUP BY complaint_stage_key
),
due AS (
    SELECT
        f.complaint_stage_key,
        f.row_hash,
        f.coded_themes,
        CASE WHEN f.coded_themes IS NULL THEN f.summary_redacted END AS summary,
        t.complaint_stage_key IS NOT NULL AS had_themes
    FROM scope AS f
    LEFT JOIN themed AS t ON t.complaint_stage_key = f.complaint_stage_key
    WHERE (f.coded_themes IS NOT NULL OR trim(coalesce(f.summary_redacted, '')) <> '')
      AND (t.complaint_stage_key IS NULL
           OR (NOT t.reviewed
               AND (t.without_hash > 0 OR t.first_hash <> f.row_hash OR t.last_hash <> f.row_hash
                    OR (t.predicted AND (f.coded_themes IS NOT NULL OR t.other_model))
                    OR (t.coded AND f.coded_themes IS NULL))))
)
SELECT
    CAST((row_number() OVER (ORDER BY complaint_stage_key) - 1) // $batch_size AS INTEGER) AS batch,
    complaint_stage_key,
    row_hash,
    coded_themes,
    summary,
    had_themes
FROM due
ORDER BY complaint_stage_key;
