using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Etl.Tests;

/// <summary>A migrated DuckDB warehouse in a temporary file, with a fake clock, deleted afterwards.</summary>
public sealed class TemporaryWarehouse : IDisposable
{
    private readonly string _folder;

    public TemporaryWarehouse(DateTimeOffset? now = null)
    {
        _folder = Path.Combine(Path.GetTempPath(), "complaints-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        FilePath = System.IO.Path.Combine(_folder, "warehouse.duckdb");
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2024, 4, 15, 9, 0, 0, TimeSpan.Zero));
        Connection = DuckDbWarehouse.Open(new WarehouseLocation(FilePath));
        Migrator = new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, Clock, Timescales);
        Migrator.Migrate(Connection);
        Import = new CaseImport(NullLogger<CaseImport>.Instance, Clock, Timescales, new PersonalDataRedactor());
    }

    public string FilePath { get; }

    public string Folder => _folder;

    public FakeTimeProvider Clock { get; }

    public TimescaleSettings Timescales { get; } = new();

    public DuckDBConnection Connection { get; }

    public WarehouseMigrator Migrator { get; }

    public CaseImport Import { get; }

    public ImportResult ImportFile(string path, MappingProfile? profile = null, bool force = false) =>
        Import.Import(Connection, new CaseImportRequest(path, profile ?? MappingProfile.Canonical, force));

    public long Count(string table) => Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}");

    public T Scalar<T>(string sql, object? parameters = null) => Connection.ExecuteScalar<T>(sql, parameters)!;

    public void Dispose()
    {
        Connection.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
