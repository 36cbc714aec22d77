-- A corrected export updates the stage it corrects instead of adding another.
UPDATE dw.fact_complaint_stage AS f
SET procedure_stage_key = i.procedure_stage_key,
    team_key = i.team_key,
    outcome_key = i.outcome_key,
    complainant_type_key = i.complainant_type_key,
    receipt_method_key = i.receipt_method_key,
    received_date_key = i.received_date_key,
    responded_date_key = i.responded_date_key,
    received_date = i.received_date,
    base_deadline_date = i.base_deadline_date,
    extended_due_date = i.extended_due_date,
    deadline_date = i.deadline_date,
    responded_date = i.responded_date,
    clock_paused_days = i.clock_paused_days,
    timescale_working_days = i.timescale_working_days,
    working_days_taken = i.working_days_taken,
    extended = i.extended,
    extended_beyond_maximum = i.extended_beyond_maximum,
    within_timescale = i.within_timescale,
    clock_status = i.clock_status,
    service_area = i.service_area,
    advocate = i.advocate,
    escalated = i.escalated,
    compensation = i.compensation,
    category = i.category,
    coded_themes = i.coded_themes,
    summary_redacted = i.summary_redacted,
    learning_redacted = i.learning_redacted,
    withdrawal_reason = i.reason,
    row_hash = i.row_hash,
    source_file = $source_file,
    source_row = i.source_row,
    updated_run_id = $run_id
FROM incoming_complaint_stage AS i
WHERE f.authority_key BETWEEN $authority_from AND $authority_to
  AND f.authority_key = i.authority_key AND f.case_reference = i.case_reference AND f.stage = i.stage
  AND (f.row_hash <> i.row_hash OR f.team_key IS DISTINCT FROM i.team_key);
