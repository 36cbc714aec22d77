-- Content hash of each staged row: the same content in a later export is "unchanged".
-- Lineage (file, row) and the as-of clock status are left out on purpose.
UPDATE staged_case_row
SET row_hash = md5(concat_ws('|',
    record_kind, representation_type, procedure, stage, received_date, extended_due_date, responded_date,
    base_deadline_date, deadline_date, clock_paused_days, working_days_taken, extended, extended_beyond_maximum,
    within_timescale, service_area, team, complainant_type, advocate, receipt_method, category,
    summary_redacted, learning_redacted, outcome, escalated, compensation, reason, timescale_working_days))
WHERE run_id = $run_id;
