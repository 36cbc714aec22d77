UPDATE dw.fact_representation AS f
SET representation_type = i.representation_type,
    procedure = i.procedure,
    team_key = i.team_key,
    complainant_type_key = i.complainant_type_key,
    receipt_method_key = i.receipt_method_key,
    received_date_key = i.received_date_key,
    responded_date_key = i.responded_date_key,
    received_date = i.received_date,
    responded_date = i.responded_date,
    working_days_taken = i.working_days_taken,
    service_area = i.service_area,
    category = i.category,
    summary_redacted = i.summary_redacted,
    reason = i.reason,
    row_hash = i.row_hash,
    source_file = $source_file,
    source_row = i.source_row,
    updated_run_id = $run_id
FROM incoming_representation AS i
WHERE f.authority_key BETWEEN $authority_from AND $authority_to
  AND f.authority_key = i.authority_key AND f.case_reference = i.case_reference
  AND (f.row_hash <> i.row_hash OR f.team_key IS DISTINCT FROM i.team_key);
