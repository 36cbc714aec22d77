using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.CaseSystem;

/// <summary>
/// Migration 075 took DuckDB's key constraints off the two fact tables (each was an index every insert and checkpoint
/// paid for); the load keeps both keys unique on its own.
/// </summary>
public sealed class FactKeyTests : IDisposable
{
    private const string Facts = """
        SELECT complaint_stage_key, case_reference, stage, row_hash, clock_status, loaded_run_id FROM dw.fact_complaint_stage
        ORDER BY complaint_stage_key
        """;

    private readonly TemporaryWarehouse _warehouse = new();

    private static string Sample => Fixture.Path("case-system", "canonical-sample.csv");

    [Fact]
    public void Migration_075_keeps_every_fact_row_with_its_key_and_the_next_key_follows_on()
    {
        _warehouse.ImportFile(Sample);
        var before = _warehouse.Connection.Query<(long, string, short, string, string, long)>(Facts).ToList();
        var representations = _warehouse.Count("dw.fact_representation");

        // Run 075 again over loaded tables, as an older warehouse holding facts would.
        _warehouse.Connection.Execute(EmbeddedSql.Read("duckdb/075_facts_without_key_indexes.sql"));
        var newCase = Path.Combine(_warehouse.Folder, "new-case.csv");
        File.WriteAllLines(newCase, [.. File.ReadLines(Sample).Take(1), File.ReadLines(Sample).Skip(1).First().Replace("C-001,", "C-901,", StringComparison.Ordinal)]);
        _warehouse.ImportFile(newCase);

        Assert.Equal(5, before.Count);
        Assert.Equal(before, _warehouse.Connection.Query<(long, string, short, string, string, long)>(Facts).Take(5));
        Assert.Equal(representations, _warehouse.Count("dw.fact_representation"));
        Assert.Equal(
            (before.Max(f => f.Item1) + 1, "C-901"),
            _warehouse.Connection.QuerySingle<(long, string)>("SELECT complaint_stage_key, case_reference FROM dw.fact_complaint_stage WHERE case_reference = 'C-901'"));
    }

    [Fact]
    public void Loading_the_same_cases_again_and_corrected_leaves_each_key_once()
    {
        _warehouse.ImportFile(Sample);
        _warehouse.ImportFile(Sample, force: true);
        var corrected = Path.Combine(_warehouse.Folder, "corrected.csv");
        File.WriteAllText(corrected, File.ReadAllText(Sample).Replace("partially_upheld", "upheld", StringComparison.Ordinal));
        var result = _warehouse.ImportFile(corrected);

        Assert.True(result.Updated > 0, "the corrected export should update stages");
        Assert.Equal(0L, _warehouse.Scalar<long>("""
            SELECT (SELECT count(*) - count(DISTINCT complaint_stage_key) FROM dw.fact_complaint_stage)
                 + (SELECT count(*) - count(DISTINCT (authority_key, case_reference, stage)) FROM dw.fact_complaint_stage)
                 + (SELECT count(*) - count(DISTINCT representation_key) FROM dw.fact_representation)
                 + (SELECT count(*) - count(DISTINCT (authority_key, case_reference)) FROM dw.fact_representation)
            """));
        Assert.Equal(5, _warehouse.Count("dw.fact_complaint_stage"));
    }

    public void Dispose() => _warehouse.Dispose();
}
