-- Every version of the teams this file names (the SCD2 step compares them with the file's usage).
SELECT t.authority_key AS AuthorityKey, t.team_name AS TeamName, t.team_key AS TeamKey, t.reporting_team AS ReportingTeam,
       t.valid_from AS ValidFrom, t.valid_to AS ValidTo
FROM dw.dim_team AS t
WHERE EXISTS (
    SELECT 1 FROM staged_case_row AS s
    WHERE s.run_id = $run_id AND s.authority_key = t.authority_key AND s.team = t.team_name)
ORDER BY t.authority_key, t.team_name, t.valid_from;
