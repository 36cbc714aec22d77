INSERT INTO pull_present_key (la_code, case_reference, record_kind, stage)
VALUES ($la_code, $case_reference, $record_kind, $stage);
