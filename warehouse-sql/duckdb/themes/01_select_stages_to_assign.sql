-- Complaint stages whose themes must be assigned: none yet, the row changed since they were assigned
-- (row_hash: summary, category or anything else), predicted by another model version, or coded themes
-- that appeared or went. Stages an analyst reviewed keep their reviewed themes and are never picked.
-- Stages with neither coded themes nor a summary have nothing to assign from.
-- $run_id NULL looks at every stage; a load run's id looks only at the stages that run loaded or updated (and
-- at their bridge rows), so an import that knows its run pays for its own file, not for the whole warehouse.
-- One pass over each table: the bridge is summed up per stage once (which sources it holds, whether any row
-- came from another version of the fact row or another model) and joined to the facts by key, rather than
-- probed four times per stage; the summaries, the widest column, are read only for the stages found due.
-- Batch n holds the n-th $batch_size stages in key order.
INSERT INTO stage_to_assign
WITH scope AS (
    SELECT complaint_stage_key, row_hash, coded_themes
    FROM dw.fact_complaint_stage
    WHERE $run_id IS NULL OR loaded_run_id = $run_id OR updated_run_id = $run_id
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
    WHERE $run_id IS NULL OR complaint_stage_key IN (SELECT complaint_stage_key FROM scope)
    GROUP BY complaint_stage_key
),
due AS (
    SELECT f.complaint_stage_key, t.complaint_stage_key IS NOT NULL AS had_themes
    FROM scope AS f
    LEFT JOIN themed AS t ON t.complaint_stage_key = f.complaint_stage_key
    WHERE t.complaint_stage_key IS NULL
       OR (NOT t.reviewed
           AND (t.without_hash > 0 OR t.first_hash <> f.row_hash OR t.last_hash <> f.row_hash
                OR (t.predicted AND (f.coded_themes IS NOT NULL OR t.other_model))
                OR (t.coded AND f.coded_themes IS NULL)))
)
SELECT
    CAST((row_number() OVER (ORDER BY f.complaint_stage_key) - 1) // $batch_size AS INTEGER) AS batch,
    f.complaint_stage_key,
    f.row_hash,
    f.coded_themes,
    CASE WHEN f.coded_themes IS NULL THEN f.summary_redacted END AS summary,
    due.had_themes
FROM dw.fact_complaint_stage AS f
JOIN due ON due.complaint_stage_key = f.complaint_stage_key
WHERE f.coded_themes IS NOT NULL OR trim(coalesce(f.summary_redacted, '')) <> ''
ORDER BY f.complaint_stage_key;
