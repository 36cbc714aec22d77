INSERT INTO dw.fact_complaint_stage (
    authority_key, case_reference, stage, procedure_stage_key, team_key, outcome_key, complainant_type_key,
    receipt_method_key, received_date_key, responded_date_key, received_date, base_deadline_date,
    extended_due_date, deadline_date, responded_date, clock_paused_days, working_days_taken, extended,
    extended_beyond_maximum, within_timescale, clock_status, service_area, advocate, escalated, compensation,
    category, summary_redacted, learning_redacted, withdrawal_reason, row_hash, source_file, source_row, loaded_run_id,
    timescale_working_days, coded_themes)
SELECT
    i.authority_key, i.case_reference, i.stage, i.procedure_stage_key, i.team_key, i.outcome_key, i.complainant_type_key,
    i.receipt_method_key, i.received_date_key, i.responded_date_key, i.received_date, i.base_deadline_date,
    i.extended_due_date, i.deadline_date, i.responded_date, i.clock_paused_days, i.working_days_taken, i.extended,
    i.extended_beyond_maximum, i.within_timescale, i.clock_status, i.service_area, i.advocate, i.escalated, i.compensation,
    i.category, i.summary_redacted, i.learning_redacted, i.reason, i.row_hash, $source_file, i.source_row, $run_id,
    i.timescale_working_days, i.coded_themes
FROM incoming_complaint_stage AS i
-- [rows already in the warehouse] CaseImport leaves this condition out, down to [end], when none of the file's rows
-- are in the warehouse yet (a first load): DuckDB would still build the anti-join for a constant-true condition.
WHERE NOT EXISTS (
    SELECT 1 FROM dw.fact_complaint_stage AS f
    WHERE f.authority_key BETWEEN $authority_from AND $authority_to
      AND f.authority_key = i.authority_key AND f.case_reference = i.case_reference AND f.stage = i.stage)
-- [end]
-- Surrogate keys follow the file's row order.
ORDER BY i.source_row;
