SELECT
    count(*) FILTER (WHERE f.complaint_stage_key IS NULL) AS Inserted,
    count(*) FILTER (WHERE f.complaint_stage_key IS NOT NULL
                       AND (f.row_hash <> i.row_hash OR f.team_key IS DISTINCT FROM i.team_key)) AS Updated,
    count(*) FILTER (WHERE f.complaint_stage_key IS NOT NULL
                       AND f.row_hash = i.row_hash AND f.team_key IS NOT DISTINCT FROM i.team_key) AS Unchanged
FROM incoming_complaint_stage AS i
LEFT JOIN (SELECT * FROM dw.fact_complaint_stage WHERE authority_key BETWEEN $authority_from AND $authority_to) AS f
       ON f.authority_key = i.authority_key AND f.case_reference = i.case_reference AND f.stage = i.stage;
