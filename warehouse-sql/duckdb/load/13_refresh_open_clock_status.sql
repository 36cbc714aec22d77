-- Open stages move from "in time" to "overdue" as days pass, without any new export.
UPDATE dw.fact_complaint_stage
SET clock_status = CASE WHEN $as_of > deadline_date THEN 'open, overdue' ELSE 'open, in time' END
WHERE responded_date IS NULL
  AND clock_status <> CASE WHEN $as_of > deadline_date THEN 'open, overdue' ELSE 'open, in time' END;
