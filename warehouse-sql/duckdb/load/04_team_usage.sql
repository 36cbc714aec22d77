-- Teams named in this file, with the first date each appears and its most common service area.
SELECT authority_key AS AuthorityKey, team AS TeamName, mode(service_area) AS ServiceArea, min(received_date) AS FirstSeen
FROM staged_case_row
WHERE run_id = $run_id AND team IS NOT NULL
GROUP BY authority_key, team
ORDER BY authority_key, team;
