-- Teams named in this file (the first date each appears, its most common service area), each with every version
-- the warehouse already holds of it (none for a new team): the SCD2 step compares the two in one round trip.
WITH named AS (
    SELECT authority_key, team, mode(service_area) AS service_area, min(received_date) AS first_seen
    FROM staged_case_row
    WHERE run_id = $run_id AND team IS NOT NULL
    GROUP BY authority_key, team
)
SELECT n.authority_key AS AuthorityKey, n.team AS TeamName, n.service_area AS ServiceArea, n.first_seen AS FirstSeen,
       t.team_key AS TeamKey, t.reporting_team AS ReportingTeam, t.valid_from AS ValidFrom, t.valid_to AS ValidTo
FROM named AS n
LEFT JOIN dw.dim_team AS t ON t.authority_key = n.authority_key AND t.team_name = n.team
ORDER BY n.authority_key, n.team, t.valid_from;
