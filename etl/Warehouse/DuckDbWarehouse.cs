using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>Opens connections to the embedded DuckDB warehouse.</summary>
public static class DuckDbWarehouse
{
    /// <summary>DuckDB's memory cap for one connection.</summary>
    public const int MemoryLimitMegabytes = 1024;

    /// <summary>Write-ahead log size at which a commit also checkpoints (DuckDB's default is 16 MB).</summary>
    public const int CheckpointThresholdMegabytes = 256;

    /// <summary>
    /// Removes the spill files a killed process left in DuckDB's temporary folder: a new run reusing them
    /// fails with "Invalid unicode ... in segment statistics update". Safe because this process now holds
    /// the warehouse's write lock, so no other process is using the folder.
    /// </summary>
    private static void ClearStaleSpillFiles(WarehouseLocation location)
    {
        var spill = location.FilePath + ".tmp";
        if (Directory.Exists(spill))
        {
            foreach (var file in Directory.EnumerateFiles(spill))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// DuckDB 1.5 cannot replay a view definition from its write-ahead log. The migrator checkpoints after
    /// every script, so such a log can only hold a migration that a killed process had not yet written
    /// into the file: it is set aside (kept beside the file, never deleted) and the migration runs again.
    /// </summary>
    private static void OpenOrSetAsideSchemaLog(DuckDBConnection connection, WarehouseLocation location)
    {
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("Failure while replaying WAL", StringComparison.Ordinal) && !location.IsReadOnly)
        {
            var wal = location.FilePath + ".wal";
            File.Move(wal, $"{wal}.set-aside-{DateTime.UtcNow:yyyyMMddHHmmss}");
            connection.Open();
        }
    }

    /// <summary>Opens the warehouse; a file held by another process gives a plain message, not a stack trace.</summary>
    public static DuckDBConnection Open(WarehouseLocation location)
    {
        if (location.IsSqlServer)
        {
            throw new WarehouseUnavailableException(
                "This build loads into the embedded DuckDB warehouse only. The SQL Server schema is in warehouse-sql/sqlserver/ " +
                "for a DBA to apply; point --warehouse at a .duckdb file.");
        }

        DateOnlyTypeHandler.Register();
        var connection = new DuckDBConnection(location.DuckDbConnectionString);
        try
        {
            OpenOrSetAsideSchemaLog(connection, location);
            if (!location.IsReadOnly)
            {
                ClearStaleSpillFiles(location);
            }

            using var settings = connection.CreateCommand();

            // Loads stream through; capping DuckDB's buffer pool keeps a nightly run from taking the
            // machine's memory (DuckDB spills to a temporary folder beside the file when it needs more).
            // DuckDB 1.5.6 crashes or corrupts data in its spill paths under a tight cap (128 MB: segfaults in the
            // merge after a 300,000-row staging), so the cap is generous; see docs/benchmarks.md.
            settings.CommandText = $"SET memory_limit = '{MemoryLimitMegabytes}MB'";
            settings.ExecuteNonQuery();
            settings.CommandText = $"SET checkpoint_threshold = '{CheckpointThresholdMegabytes}MB'";
            settings.ExecuteNonQuery();
            var experiment = Environment.GetEnvironmentVariable("COMPLAINTS_DUCKDB_EXPERIMENT");
            if (!string.IsNullOrEmpty(experiment))
            {
                settings.CommandText = experiment;
                settings.ExecuteNonQuery();
            }
            return connection;
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseUnavailableException(
                $"The warehouse {location.Value} is in use by another run (it is locked). Wait for that run to finish and try again.", ex);
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new WarehouseUnavailableException($"The warehouse {location.Value} cannot be opened: {ex.Message}", ex);
        }
    }
}
