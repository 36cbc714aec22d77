using System.Diagnostics;
using System.Security.Cryptography;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;
using ComplaintsAnalytics.Etl.Warehouse;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Authorities;

/// <summary>
/// <c>import neighbours &lt;csv&gt;</c>: loads a DfE statistical neighbours model (e.g. next year's) so a
/// council can compare with its new neighbours; the benchmark uses each authority's latest model.
/// </summary>
public sealed class NeighbourImport
{
    private readonly TimeProvider _clock;

    public NeighbourImport(TimeProvider clock) => _clock = clock;

    /// <summary>Loads <paramref name="path"/> as model <paramref name="model"/> (default: the year in the file name).</summary>
    public ImportResult Import(DuckDBConnection connection, string path, string? model = null, bool force = false)
    {
        var stopwatch = Stopwatch.StartNew();
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FileRefusedException($"{path}: the file does not exist.");
        }

        model ??= NeighbourFile.ModelFromFileName(fileName)
            ?? throw new FileRefusedException($"{fileName}: the model year is not in the file name (like sn_model_2025_wide.csv); give it with --model 2026.");
        var runLog = new RunLog(connection, _clock);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        if (!force && runLog.FindLoaded(hash) is { } earlierRun)
        {
            return new ImportResult(null, fileName, ImportStatus.Skipped, 0, 0, 0, 0, 0,
                $"already loaded in run {earlierRun} (same content); use --force to load it again", stopwatch.Elapsed);
        }

        var runId = runLog.Start("neighbours", path, hash, $"model {model}", DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), force);
        try
        {
            var authorities = AuthorityDirectory.Load(connection);
            using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var (rows, rejects, read) = NeighbourFile.Read(text, fileName, authorities);
            using var transaction = connection.BeginTransaction();
            ReferenceNeighbours.EnsureSeeded(connection, transaction);
            var (loaded, updated, unchanged) = NeighbourWriter.Write(connection, transaction, model, fileName, runId, rows);
            StatisticRejectWriter.Write(connection, transaction, runId, fileName, rejects);
            BenchmarkMart.Refresh(connection, transaction);
            var counts = new RunCounts(read, loaded, updated, unchanged, rejects.Select(r => r.Row).Distinct().LongCount());
            runLog.Succeed(runId, counts, transaction);
            transaction.Commit();
            return new ImportResult(runId, fileName, ImportStatus.Succeeded, counts.Read, counts.Loaded, counts.Updated, counts.Unchanged, counts.Rejected,
                $"model {model}", stopwatch.Elapsed);
        }
        catch (Exception ex)
        {
            runLog.Fail(runId, ex is FileRefusedException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }
}
