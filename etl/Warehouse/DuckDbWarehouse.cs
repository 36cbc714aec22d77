using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>Opens connections to the embedded DuckDB warehouse.</summary>
public static class DuckDbWarehouse
{
    /// <summary>DuckDB's memory cap for one connection.</summary>
    public const int MemoryLimitMegabytes = 192;

    /// <summary>
    /// Write-ahead log size at which a commit also checkpoints (DuckDB's default is 16 MB). A checkpoint rewrites the
    /// facts' natural-key indexes, so at 16 MB a load of many small files spent most of its commit time checkpointing.
    /// </summary>
    public const int CheckpointThresholdMegabytes = 64;

    /// <summary>
    /// DuckDB's allocator (jemalloc on Linux) keeps up to this much freed memory after a task before returning it
    /// (DuckDB's default is 128 MB): the process's resident memory then follows what DuckDB uses, not its past peak.
    /// </summary>
    public const int AllocatorFlushThresholdMegabytes = 16;

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

            // Loads stream through; capping DuckDB's buffer pool keeps a nightly run from taking the machine's memory
            // (DuckDB spills to a temporary folder beside the file when it needs more). At 128 MB DuckDB 1.5.6 crashed or
            // corrupted strings in its spill paths in about one run in three; 192 MB with the allocator returning freed
            // memory keeps a 1,000,000-row import under 500 MB in repeated runs (docs/benchmarks.md).
            foreach (var setting in new[]
            {
                $"SET memory_limit = '{MemoryLimitMegabytes}MB'",
                $"SET checkpoint_threshold = '{CheckpointThresholdMegabytes}MB'",
                $"SET allocator_flush_threshold = '{AllocatorFlushThresholdMegabytes}MB'",
                "SET allocator_background_threads = true",
            })
            {
                settings.CommandText = setting;
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
