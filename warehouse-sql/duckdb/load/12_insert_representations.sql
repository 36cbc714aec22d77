INSERT INTO dw.fact_representation (
    authority_key, case_reference, representation_type, procedure, team_key, complainant_type_key,
    receipt_method_key, received_date_key, responded_date_key, received_date, responded_date,
    working_days_taken, service_area, category, summary_redacted, reason, row_hash, source_file, source_row, loaded_run_id)
SELECT
    i.authority_key, i.case_reference, i.representation_type, i.procedure, i.team_key, i.complainant_type_key,
    i.receipt_method_key, i.received_date_key, i.responded_date_key, i.received_date, i.responded_date,
    i.working_days_taken, i.service_area, i.category, i.summary_redacted, i.reason, i.row_hash, $source_file, i.source_row, $run_id
FROM incoming_representation AS i
-- [rows already in the warehouse] CaseImport leaves this condition out, down to [end], when none of the file's rows
-- are in the warehouse yet (a first load): DuckDB would still build the anti-join for a constant-true condition.
WHERE NOT EXISTS (
    SELECT 1 FROM dw.fact_representation AS f
    WHERE f.authority_key BETWEEN $authority_from AND $authority_to
      AND f.authority_key = i.authority_key AND f.case_reference = i.case_reference)
-- [end]
-- Surrogate keys follow the file's row order.
ORDER BY i.source_row;
