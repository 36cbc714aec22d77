CREATE OR REPLACE TEMP VIEW incoming_representation AS
SELECT
    s.*,
    t.team_key,
    ct.complainant_type_key,
    rm.receipt_method_key,
    year(s.received_date) * 10000 + month(s.received_date) * 100 + day(s.received_date) AS received_date_key,
    CASE WHEN s.responded_date IS NOT NULL
         THEN year(s.responded_date) * 10000 + month(s.responded_date) * 100 + day(s.responded_date) END AS responded_date_key
FROM staged_case_row AS s
LEFT JOIN dw.dim_team AS t
       ON t.authority_key = s.authority_key AND t.team_name = s.team
      AND s.received_date BETWEEN t.valid_from AND coalesce(t.valid_to, DATE '9999-12-31')
LEFT JOIN dw.dim_complainant_type AS ct ON ct.complainant_type_code = s.complainant_type
LEFT JOIN dw.dim_receipt_method AS rm ON rm.receipt_method_code = s.receipt_method
WHERE s.record_kind = 'representation';
