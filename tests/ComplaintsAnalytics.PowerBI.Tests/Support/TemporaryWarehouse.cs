using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>A warehouse migrated by the real migrator in a temporary DuckDB file, deleted afterwards.</summary>
internal sealed class TemporaryWarehouse : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaints-powerbi-tests", Guid.NewGuid().ToString("N"));

    public TemporaryWarehouse(TimeProvider clock)
    {
        Clock = clock;
        Directory.CreateDirectory(_folder);
        Connection = DuckDbWarehouse.Open(new WarehouseLocation(Path.Combine(_folder, "warehouse.duckdb")));
        new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, clock, new TimescaleSettings()).Migrate(Connection);
    }

    public TimeProvider Clock { get; }

    public DuckDBConnection Connection { get; }

    /// <summary>Loads a case-system export with the canonical columns, as <c>import cases</c> does.</summary>
    public ImportResult Import(string path) =>
        new CaseImport(NullLogger<CaseImport>.Instance, Clock, new TimescaleSettings(), new PersonalDataRedactor())
            .Import(Connection, new CaseImportRequest(path, MappingProfile.Canonical, Force: false));

    public T Scalar<T>(string sql) => Connection.ExecuteScalar<T>(sql)!;

    public void Dispose()
    {
        Connection.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
