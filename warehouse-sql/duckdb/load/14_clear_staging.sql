DELETE FROM staging.case_row WHERE run_id = $run_id;
