-- Corporate timescales differ by council (set in the council's mapping profile), so each stage keeps
-- the base timescale its deadline was computed from.
ALTER TABLE staging.case_row ADD COLUMN timescale_working_days INTEGER;
ALTER TABLE dw.fact_complaint_stage ADD COLUMN timescale_working_days INTEGER;
