using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.CaseSystem;

public sealed class CanonicalImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    private static string Sample => Fixture.Path("case-system", "canonical-sample.csv");

    [Fact]
    public void A_canonical_file_loads_its_good_rows_and_read_equals_loaded_plus_rejected()
    {
        var result = _warehouse.ImportFile(Sample);

        Assert.Equal(ImportStatus.Succeeded, result.Status);
        Assert.Equal(19, result.Read);
        Assert.Equal(7, result.Loaded);
        Assert.Equal(0, result.Updated);
        Assert.Equal(12, result.Rejected);
        Assert.Equal(result.Read, result.Loaded + result.Updated + result.Unchanged + result.Rejected);
        Assert.Equal(5, _warehouse.Count("dw.fact_complaint_stage"));
        Assert.Equal(2, _warehouse.Count("dw.fact_representation"));
    }

    [Fact]
    public void Surrogate_keys_follow_the_files_row_order()
    {
        _warehouse.ImportFile(Sample);

        const string Stages = "SELECT source_row FROM dw.fact_complaint_stage ORDER BY complaint_stage_key";
        Assert.Equal([2L, 3L, 4L, 5L, 15L], _warehouse.Connection.Query<long>(Stages));
        const string Representations = "SELECT source_row FROM dw.fact_representation ORDER BY representation_key";
        Assert.Equal(_warehouse.Connection.Query<long>(Representations).Order(), _warehouse.Connection.Query<long>(Representations));
    }

    [Fact]
    public void Every_reject_names_its_row_column_and_reason()
    {
        var result = _warehouse.ImportFile(Sample);

        var rejects = _warehouse.Connection.Query<(long Row, string Column, string Reason)>(
            "SELECT source_row, column_name, reason FROM etl.reject WHERE run_id = $run ORDER BY source_row, column_name",
            new { run = result.RunId }).ToList();
        Assert.Equal(
            [
                (8L, "case_reference", "the case reference is missing"),
                (9L, "responded_date", "responded (2023-06-30) before it was received (2023-07-03)"),
                (10L, "received_date", "not a valid date in any expected format (ISO yyyy-MM-dd, an Excel date, or the profile's dateFormats)"),
                (11L, "outcome", "unknown value; expected one of upheld, partially_upheld, not_upheld, withdrawn, rejected or a value the mapping profile lists"),
                (12L, "stage", "stage 3 exists only in the statutory (Children Act) procedure"),
                (13L, "la_code", "unknown local authority code (expected a DfE 3-digit code such as 886)"),
                (14L, "stage", "stage 2 has no stage 1 for this case, in this file or in the warehouse"),
                (16L, "case_reference", "an identical copy of row 15, which was loaded"),
                (17L, "case_reference", "case reference and stage appear on rows 17, 18 with different data; none of them was loaded"),
                (18L, "case_reference", "case reference and stage appear on rows 17, 18 with different data; none of them was loaded"),
                (19L, "outcome", "the complaint has a response date but no outcome"),
                (20L, "advocate", "expected yes or no"),
            ],
            rejects);
        Assert.All(_warehouse.Connection.Query<string>("SELECT source_file FROM etl.reject"), f => Assert.Equal("canonical-sample.csv", f));
    }

    [Fact]
    public void Rerunning_the_same_file_loads_nothing_twice()
    {
        var first = _warehouse.ImportFile(Sample);
        var second = _warehouse.ImportFile(Sample);

        Assert.Equal(ImportStatus.Skipped, second.Status);
        Assert.Contains($"already loaded in run {first.RunId}", second.Message, StringComparison.Ordinal);
        Assert.Equal(5, _warehouse.Count("dw.fact_complaint_stage"));
        Assert.Equal(1, _warehouse.Count("etl.run"));
    }

    [Fact]
    public void Forcing_a_file_already_loaded_finds_every_row_unchanged()
    {
        _warehouse.ImportFile(Sample);
        var forced = _warehouse.ImportFile(Sample, force: true);

        Assert.Equal(ImportStatus.Succeeded, forced.Status);
        Assert.Equal(0, forced.Loaded);
        Assert.Equal(0, forced.Updated);
        Assert.Equal(7, forced.Unchanged);
        Assert.Equal(5, _warehouse.Count("dw.fact_complaint_stage"));
    }

    [Fact]
    public void A_corrected_re_export_updates_rows_instead_of_adding_them()
    {
        _warehouse.ImportFile(Sample);
        var corrected = _warehouse.ImportFile(Fixture.Path("case-system", "canonical-corrected.csv"));

        Assert.Equal((7L, 1L, 1L, 5L, 0L), (corrected.Read, corrected.Loaded, corrected.Updated, corrected.Unchanged, corrected.Rejected));
        Assert.Equal(6, _warehouse.Count("dw.fact_complaint_stage"));
        var c003 = _warehouse.Connection.QuerySingle<(string Status, int Days, long? UpdatedRun)>(
            "SELECT clock_status, working_days_taken, updated_run_id FROM dw.fact_complaint_stage WHERE case_reference = 'C-003'");
        Assert.Equal(("responded, late", 13, corrected.RunId), c003);
    }

    [Fact]
    public void The_statutory_clock_is_stored_with_each_stage()
    {
        _warehouse.ImportFile(Sample);

        var rows = _warehouse.Connection.Query<(string Ref, short Stage, DateOnly Deadline, int? Days, bool Extended, bool? Within, string Status)>(
            """
            SELECT case_reference, stage, deadline_date, working_days_taken, extended, within_timescale, clock_status
            FROM mart.complaint_timeliness ORDER BY case_reference, stage
            """).ToList();
        Assert.Equal(
            [
                ("C-001", (short)1, new DateOnly(2024, 1, 10), (int?)10, false, (bool?)true, "responded, in time"),
                ("C-001", (short)2, new DateOnly(2024, 4, 10), 52, true, true, "responded, in time"),
                ("C-002", (short)1, new DateOnly(2023, 6, 29), 13, false, true, "responded, in time"),
                ("C-003", (short)1, new DateOnly(2024, 3, 15), null, false, null, "open, overdue"),
                ("C-010", (short)1, new DateOnly(2023, 8, 15), 7, false, true, "responded, in time"),
            ],
            rows);
    }

    [Fact]
    public void Personal_data_in_summaries_is_redacted_before_it_is_stored()
    {
        _warehouse.ImportFile(Sample);

        var summary = _warehouse.Scalar<string>("SELECT summary_redacted FROM dw.fact_complaint_stage WHERE case_reference = 'C-001' AND stage = 1");
        Assert.DoesNotContain("Okafor", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Tyler", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", summary, StringComparison.Ordinal);
        Assert.Contains("[NAME]", summary, StringComparison.Ordinal);
        Assert.Contains("[PHONE]", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_missing_a_required_column_is_refused_whole_naming_the_column()
    {
        var path = Path.Combine(_warehouse.Folder, "no-outcome.csv");
        File.WriteAllLines(path, File.ReadAllLines(Sample).Select(l => string.Join(',', SplitCsvNaively(l).Where((_, i) => i != 14))));

        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.ImportFile(path));

        Assert.StartsWith("no-outcome.csv: required column(s) missing: 'outcome'.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _warehouse.Count("dw.fact_complaint_stage"));
        Assert.Equal("failed", _warehouse.Scalar<string>("SELECT status FROM etl.run"));
    }

    [Fact]
    public void A_load_that_fails_part_way_leaves_the_warehouse_as_it_was()
    {
        _warehouse.ImportFile(Fixture.Path("case-system", "canonical-corrected.csv"));
        var before = _warehouse.Connection.Query<string>("SELECT row_hash FROM dw.fact_complaint_stage ORDER BY 1").ToList();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _warehouse.Import.Import(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical), null, cancel.Token));

        Assert.Equal(before, _warehouse.Connection.Query<string>("SELECT row_hash FROM dw.fact_complaint_stage ORDER BY 1").ToList());
        Assert.Equal(0, _warehouse.Count("staging.case_row"));
        Assert.Equal(0, _warehouse.Count("etl.reject"));
        Assert.Equal(["succeeded", "failed"], _warehouse.Connection.Query<string>("SELECT status FROM etl.run ORDER BY run_id").ToList());
    }

    public void Dispose() => _warehouse.Dispose();

    private static IEnumerable<string> SplitCsvNaively(string line)
    {
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
                field.Append(ch);
            }
            else if (ch == ',' && !quoted)
            {
                yield return field.ToString();
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        yield return field.ToString();
    }
}
