using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Redaction;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Etl.Tests.CaseSystem;

public sealed class StagingTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();
    private readonly TemporaryWarehouse _inMemory = new();

    private static string Sample => Fixture.Path("case-system", "canonical-sample.csv");

    [Fact]
    public void A_file_that_outgrows_staging_in_memory_loads_and_rejects_exactly_what_it_would_in_memory()
    {
        var inMemory = _inMemory.ImportFile(Sample);
        var movesToDisk = new CaseImport(NullLogger<CaseImport>.Instance, _warehouse.Clock, _warehouse.Timescales, new PersonalDataRedactor()) { InMemoryStagingRows = 3 };

        var result = movesToDisk.Import(_warehouse.Connection, new CaseImportRequest(Sample, MappingProfile.Canonical));

        // The sample's duplicates and orphan stages are removed from staging.case_row here, from memory there.
        Assert.Equal((19L, 7L, 0L, 0L, 12L), (result.Read, result.Loaded, result.Updated, result.Unchanged, result.Rejected));
        Assert.Equal((inMemory.Read, inMemory.Loaded, inMemory.Rejected), (result.Read, result.Loaded, result.Rejected));
        const string Rejects = "SELECT source_row, column_name, reason FROM etl.reject ORDER BY source_row, column_name";
        Assert.Equal(_inMemory.Connection.Query<(long, string, string)>(Rejects), _warehouse.Connection.Query<(long, string, string)>(Rejects));
        const string Facts = "SELECT case_reference, stage, row_hash, clock_status, summary_redacted FROM dw.fact_complaint_stage ORDER BY case_reference, stage";
        Assert.Equal(_inMemory.Connection.Query<(string, short, string, string, string)>(Facts), _warehouse.Connection.Query<(string, short, string, string, string)>(Facts));
        Assert.Equal(0, _warehouse.Count("staging.case_row"));
    }

    [Fact]
    public void A_run_leaves_no_staged_rows_behind_in_memory_or_on_disk()
    {
        _inMemory.ImportFile(Sample);

        Assert.Equal(0, _inMemory.Count("staging.case_row"));
        Assert.Equal(0L, _inMemory.Connection.ExecuteScalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'staged_in_memory'"));
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _inMemory.Dispose();
    }
}
