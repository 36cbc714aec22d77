-- Fixed vocabularies. Dates, authorities and procedure stages are seeded from data files and
-- configuration by the migrator after the scripts run. Same rows as ../duckdb/005_reference_values.sql.
INSERT INTO dw.dim_outcome (outcome_key, outcome_code, outcome_name, is_upheld_or_partly, sort_order) VALUES
    (1, N'upheld', N'Upheld', 1, 1),
    (2, N'partially_upheld', N'Partially upheld', 1, 2),
    (3, N'not_upheld', N'Not upheld', 0, 3),
    (4, N'withdrawn', N'Withdrawn', 0, 4),
    (5, N'open', N'Open (no outcome yet)', 0, 5);

INSERT INTO dw.dim_complainant_type (complainant_type_key, complainant_type_code, complainant_type_name, is_child) VALUES
    (1, N'child_or_young_person', N'Child or young person', 1),
    (2, N'parent', N'Parent', 0),
    (3, N'foster_carer', N'Foster carer', 0),
    (4, N'kinship_carer', N'Kinship carer', 0),
    (5, N'family_member', N'Other family member', 0),
    (6, N'professional', N'Professional', 0),
    (7, N'other', N'Other', 0);

INSERT INTO dw.dim_receipt_method (receipt_method_key, receipt_method_code, receipt_method_name) VALUES
    (1, N'email', N'Email'),
    (2, N'web_form', N'Web form'),
    (3, N'phone', N'Telephone'),
    (4, N'letter', N'Letter'),
    (5, N'mp_or_member', N'Via MP or councillor'),
    (6, N'face_to_face', N'Face to face'),
    (7, N'other', N'Other');
