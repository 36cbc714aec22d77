-- A stage 2 or 3 needs the stage before it, in this file or already in the warehouse. Every statement that
-- reads a fact table names the staged rows' authority range ($authority_from, $authority_to: written in as
-- literals by CaseImport): DuckDB pushes it into the scan, whose zone maps skip the row groups of other
-- councils, so a load does not read the whole warehouse.
SELECT s.source_row AS SourceRow, s.case_reference AS CaseReference, s.stage AS Stage
FROM staged_case_row AS s
WHERE s.run_id = $run_id
  AND s.record_kind = 'complaint_stage'
  AND s.stage > 1
  AND NOT EXISTS (
      SELECT 1 FROM staged_case_row AS p
      WHERE p.run_id = s.run_id AND p.record_kind = 'complaint_stage'
        AND p.authority_key = s.authority_key AND p.case_reference = s.case_reference AND p.stage = s.stage - 1)
  AND NOT EXISTS (
      SELECT 1 FROM dw.fact_complaint_stage AS f
      WHERE f.authority_key BETWEEN $authority_from AND $authority_to
        AND f.authority_key = s.authority_key AND f.case_reference = s.case_reference AND f.stage = s.stage - 1)
ORDER BY s.source_row;
