using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>
/// A DuckDB warehouse built for real by the etl assembly's migrator in a temporary file, so the
/// comparison sees what DuckDB made of the scripts, not a second reading of the text.
/// </summary>
public sealed class DuckDbWarehouseFixture : IDisposable
{
    private readonly string _folder;

    public DuckDbWarehouseFixture()
    {
        _folder = Path.Combine(Path.GetTempPath(), "complaints-warehouse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Connection = DuckDbWarehouse.Open(new WarehouseLocation(Path.Combine(_folder, "warehouse.duckdb")));
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 4, 15, 9, 0, 0, TimeSpan.Zero));
        new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, clock, new TimescaleSettings()).Migrate(Connection);
        Schema = DuckDbSchemaReader.Read(Connection);
    }

    public DuckDBConnection Connection { get; }

    public WarehouseSchema Schema { get; }

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
