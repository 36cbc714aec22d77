using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Etl.Tests.CaseSystem;

public sealed class ReadAheadImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();
    private readonly TemporaryWarehouse _direct = new();

    private const string TablesStagedAhead = "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'import_ahead'";

    private static string Sample => Fixture.Path("case-system", "canonical-sample.csv");

    [Theory]
    [InlineData(5)]
    [InlineData(PrefetchedExport.ConformedAhead)]
    public void A_file_read_ahead_loads_and_rejects_exactly_what_it_would_read_at_once(int conformedAhead)
    {
        var direct = _direct.ImportFile(Sample);
        using var ahead = _warehouse.Import.ReadAhead(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical), conformedAhead);

        var result = _warehouse.Import.Import(_warehouse.Connection, ahead);

        Assert.Equal((19L, 7L, 0L, 0L, 12L), (result.Read, result.Loaded, result.Updated, result.Unchanged, result.Rejected));
        Assert.Equal((direct.Read, direct.Loaded, direct.Rejected), (result.Read, result.Loaded, result.Rejected));
        const string Rejects = "SELECT source_row, column_name, reason FROM etl.reject ORDER BY source_row, column_name";
        Assert.Equal(_direct.Connection.Query<(long, string, string)>(Rejects), _warehouse.Connection.Query<(long, string, string)>(Rejects));
        const string Facts = "SELECT case_reference, stage, row_hash, clock_status FROM dw.fact_complaint_stage ORDER BY case_reference, stage";
        Assert.Equal(_direct.Connection.Query<(string, short, string, string)>(Facts), _warehouse.Connection.Query<(string, short, string, string)>(Facts));
        Assert.Equal(0L, _warehouse.Scalar<long>(TablesStagedAhead));
    }

    [Fact]
    public void A_file_read_ahead_past_the_in_memory_staging_limit_loads_and_rejects_exactly_what_it_would_read_at_once()
    {
        var direct = _direct.ImportFile(Sample);
        var import = new CaseImport(NullLogger<CaseImport>.Instance, _warehouse.Clock, _warehouse.Timescales, new PersonalDataRedactor()) { InMemoryStagingRows = 3 };
        using var ahead = import.ReadAhead(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical));

        var result = import.Import(_warehouse.Connection, ahead);

        Assert.Equal((direct.Read, direct.Loaded, direct.Rejected), (result.Read, result.Loaded, result.Rejected));
        const string Rejects = "SELECT source_row, column_name, reason FROM etl.reject ORDER BY source_row, column_name";
        Assert.Equal(_direct.Connection.Query<(long, string, string)>(Rejects), _warehouse.Connection.Query<(long, string, string)>(Rejects));
        const string Facts = "SELECT case_reference, stage, row_hash, clock_status, loaded_run_id FROM dw.fact_complaint_stage ORDER BY case_reference, stage";
        Assert.Equal(_direct.Connection.Query<(string, short, string, string, long)>(Facts), _warehouse.Connection.Query<(string, short, string, string, long)>(Facts));
        Assert.Equal(0, _warehouse.Count("staging.case_row"));
        Assert.Equal(0L, _warehouse.Scalar<long>(TablesStagedAhead));
    }

    [Fact]
    public void A_file_read_ahead_and_then_left_unimported_leaves_nothing_staged()
    {
        var ahead = _warehouse.Import.ReadAhead(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical));

        ahead.Dispose();

        Assert.Equal(0L, _warehouse.Scalar<long>(TablesStagedAhead));
        Assert.Equal(0, _warehouse.Count("staging.case_row"));
        Assert.Equal(0, _warehouse.Count("etl.run"));
    }

    [Fact]
    public void A_read_ahead_import_cancelled_before_it_starts_loads_nothing_and_leaves_nothing_staged()
    {
        var ahead = _warehouse.Import.ReadAhead(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical));

        Assert.ThrowsAny<OperationCanceledException>(() => _warehouse.Import.Import(_warehouse.Connection, ahead, cancellationToken: new CancellationToken(canceled: true)));
        ahead.Dispose();

        Assert.Equal(0, _warehouse.Count("etl.run"));
        Assert.Equal(0, _warehouse.Count("dw.fact_complaint_stage"));
        Assert.Equal(0L, _warehouse.Scalar<long>(TablesStagedAhead));
    }

    [Fact]
    public void A_file_read_ahead_after_the_same_content_was_loaded_is_skipped()
    {
        var first = _warehouse.ImportFile(Sample);
        using var ahead = _warehouse.Import.ReadAhead(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical));

        var second = _warehouse.Import.Import(_warehouse.Connection, ahead);

        Assert.Equal(ImportStatus.Skipped, second.Status);
        Assert.Contains($"already loaded in run {first.RunId}", second.Message, StringComparison.Ordinal);
        Assert.Equal(1, _warehouse.Count("etl.run"));
        ahead.Dispose();
        Assert.Equal(0L, _warehouse.Scalar<long>(TablesStagedAhead));
    }

    [Fact]
    public void A_missing_file_read_ahead_is_refused_with_the_same_message_and_nothing_loads()
    {
        var missing = Path.Combine(_warehouse.Folder, "gone.xlsx");
        var direct = Assert.Throws<FileRefusedException>(() => _direct.ImportFile(missing));
        using var ahead = _warehouse.Import.ReadAhead(_warehouse.Connection, new CaseImportRequest(missing, MappingProfile.Canonical));

        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.Import.Import(_warehouse.Connection, ahead));

        Assert.Equal(direct.Message, refused.Message);
        Assert.Equal(0, _warehouse.Count("dw.fact_complaint_stage"));
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _direct.Dispose();
    }
}
