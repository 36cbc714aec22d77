-- One batch of the stages to assign, in key order.
SELECT
    complaint_stage_key AS ComplaintStageKey,
    row_hash AS RowHash,
    coded_themes AS CodedThemes,
    summary AS Summary
FROM stage_to_assign
WHERE batch = $batch
ORDER BY complaint_stage_key;
