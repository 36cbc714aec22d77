-- Fixed vocabularies. Dates, authorities and procedure stages are seeded from data files and
-- configuration by the migrator after the scripts run.
INSERT INTO dw.dim_outcome VALUES
    (1, 'upheld', 'Upheld', true, 1),
    (2, 'partially_upheld', 'Partially upheld', true, 2),
    (3, 'not_upheld', 'Not upheld', false, 3),
    (4, 'withdrawn', 'Withdrawn', false, 4),
    (5, 'open', 'Open (no outcome yet)', false, 5);

INSERT INTO dw.dim_complainant_type VALUES
    (1, 'child_or_young_person', 'Child or young person', true),
    (2, 'parent', 'Parent', false),
    (3, 'foster_carer', 'Foster carer', false),
    (4, 'kinship_carer', 'Kinship carer', false),
    (5, 'family_member', 'Other family member', false),
    (6, 'professional', 'Professional', false),
    (7, 'other', 'Other', false);

INSERT INTO dw.dim_receipt_method VALUES
    (1, 'email', 'Email'),
    (2, 'web_form', 'Web form'),
    (3, 'phone', 'Telephone'),
    (4, 'letter', 'Letter'),
    (5, 'mp_or_member', 'Via MP or councillor'),
    (6, 'face_to_face', 'Face to face'),
    (7, 'other', 'Other');
