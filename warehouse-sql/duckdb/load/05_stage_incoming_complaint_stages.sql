-- The file's complaint stages with every dimension key resolved (a view: read once per statement).
CREATE OR REPLACE TEMP VIEW incoming_complaint_stage AS
SELECT
    s.*,
    ps.procedure_stage_key,
    t.team_key,
    o.outcome_key,
    ct.complainant_type_key,
    rm.receipt_method_key,
    year(s.received_date) * 10000 + month(s.received_date) * 100 + day(s.received_date) AS received_date_key,
    CASE WHEN s.responded_date IS NOT NULL
         THEN year(s.responded_date) * 10000 + month(s.responded_date) * 100 + day(s.responded_date) END AS responded_date_key
FROM staged_case_row AS s
JOIN dw.dim_procedure_stage AS ps ON ps.procedure = s.procedure AND ps.stage = s.stage
JOIN dw.dim_outcome AS o ON o.outcome_code = s.outcome
LEFT JOIN dw.dim_team AS t
       ON t.authority_key = s.authority_key AND t.team_name = s.team
      AND s.received_date BETWEEN t.valid_from AND coalesce(t.valid_to, DATE '9999-12-31')
LEFT JOIN dw.dim_complainant_type AS ct ON ct.complainant_type_code = s.complainant_type
LEFT JOIN dw.dim_receipt_method AS rm ON rm.receipt_method_code = s.receipt_method
WHERE s.record_kind = 'complaint_stage';
