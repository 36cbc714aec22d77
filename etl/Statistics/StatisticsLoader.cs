using System.Data;
using System.Diagnostics;
using System.Security.Cryptography;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// Loads one statistics file (DfE, ONS, LGSCO, benchmark returns, a CIN census return) into its fact:
/// parse, resolve authorities by code and date, stage, then merge on the natural key and rebuild the
/// benchmark mart, all in one transaction. A file loaded before (same content) is skipped unless forced;
/// a file loaded again with the same rows changes nothing.
/// </summary>
public sealed partial class StatisticsLoader
{
    private readonly ILogger<StatisticsLoader> _logger;
    private readonly TimeProvider _clock;

    public StatisticsLoader(ILogger<StatisticsLoader> logger, TimeProvider clock)
    {
        _logger = logger;
        _clock = clock;
    }

    /// <summary>Imports <paramref name="path"/> with <paramref name="parser"/>; refusals throw <see cref="FileRefusedException"/> after recording a failed run.</summary>
    public ImportResult Import(DuckDBConnection connection, string path, IStatisticsParser parser, bool force = false)
    {
        var stopwatch = Stopwatch.StartNew();
        var fileName = Path.GetFileName(path);
        var runLog = new RunLog(connection, _clock);
        var asOf = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
        var hash = HashFile(path);
        if (!force && runLog.FindLoaded(hash) is { } earlierRun)
        {
            LogSkipped(fileName, earlierRun);
            return new ImportResult(null, fileName, ImportStatus.Skipped, 0, 0, 0, 0, 0,
                $"already loaded in run {earlierRun} (same content); use --force to load it again", stopwatch.Elapsed);
        }

        var runId = runLog.Start(parser.Kind, path, hash, null, asOf, force);
        try
        {
            var authorities = AuthorityDirectory.Load(connection);
            var parsed = parser.Parse(path, authorities);
            var rows = Resolve(parsed, authorities);
            using var transaction = connection.BeginTransaction();
            var counts = Merge(connection, transaction, parser.Fact, runId, fileName, rows, parsed);
            StatisticRejectWriter.Write(connection, transaction, runId, fileName, parsed.Rejects);
            BenchmarkMart.Refresh(connection, transaction);
            runLog.Succeed(runId, counts, transaction);
            if (parsed.LeftAsideNote is { } note)
            {
                connection.Execute("UPDATE etl.run SET message = $message WHERE run_id = $run_id", new { message = note, run_id = runId }, transaction);
            }

            transaction.Commit();
            LogLoaded(runId, fileName, counts.Read, counts.Loaded, counts.Updated, counts.Unchanged, counts.Rejected);
            return new ImportResult(runId, fileName, ImportStatus.Succeeded, counts.Read, counts.Loaded, counts.Updated,
                counts.Unchanged, counts.Rejected, parsed.LeftAsideNote, stopwatch.Elapsed);
        }
        catch (Exception ex)
        {
            runLog.Fail(runId, ex is FileRefusedException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
            LogFailed(runId, fileName);
            throw;
        }
    }

    /// <summary>Gives local-authority rows their dated authority key; rejects unknown codes and repeated keys.</summary>
    private static List<(StatisticRow Row, int? AuthorityKey)> Resolve(ParsedStatistics parsed, AuthorityDirectory authorities)
    {
        var rejectedRows = parsed.Rejects.Select(r => r.Row).ToHashSet();
        var resolved = new List<(StatisticRow Row, int? AuthorityKey)>(parsed.Rows.Count);
        foreach (var row in parsed.Rows)
        {
            if (row.LaCode is null)
            {
                resolved.Add((row, null));
                continue;
            }

            if (authorities.Find(row.LaCode, row.Period) is { } authority)
            {
                resolved.Add((row, authority.AuthorityKey));
            }
            else if (rejectedRows.Add(row.SourceRow))
            {
                var reason = authorities.Knows(row.LaCode)
                    ? $"local authority {row.LaCode} did not exist in {row.Period} (codes change when councils reorganise)"
                    : $"{row.LaCode} is not the DfE code of an English authority with children's services";
                parsed.Rejects.Add(new StatisticReject(row.SourceRow, "la_code", row.LaCode, reason));
            }
        }

        var repeated = resolved
            .Where(r => !rejectedRows.Contains(r.Row.SourceRow))
            .GroupBy(r => r.Row.Key)
            .Where(g => g.Select(r => r.Row.SourceRow).Distinct().Count() > 1)
            .ToList();
        foreach (var group in repeated)
        {
            var copies = group.OrderBy(r => r.Row.SourceRow).ToList();
            var first = copies[0].Row;
            var conflicting = copies.Any(c => c.Row.Value != first.Value || c.Row.Marker != first.Marker);
            foreach (var copy in conflicting ? copies : copies.Skip(1))
            {
                if (rejectedRows.Add(copy.Row.SourceRow))
                {
                    var reason = conflicting
                        ? $"{first.AreaCode} {first.Period} {first.Measure} appears on rows {string.Join(", ", copies.Select(c => c.Row.SourceRow))} with different values; none of them was loaded"
                        : $"an identical copy of row {first.SourceRow}, which was loaded";
                    parsed.Rejects.Add(new StatisticReject(copy.Row.SourceRow, copy.Row.Measure,
                        copy.Row.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? copy.Row.Marker, reason));
                }
            }
        }

        return resolved.Where(r => !rejectedRows.Contains(r.Row.SourceRow)).ToList();
    }

    private static RunCounts Merge(
        DuckDBConnection connection, IDbTransaction transaction, StatisticsFact fact, long runId, string fileName,
        List<(StatisticRow Row, int? AuthorityKey)> rows, ParsedStatistics parsed)
    {
        var table = StatisticsFactTable.Name(fact);
        connection.Execute(EmbeddedSql.Read("duckdb/benchmark/01_create_staged_statistic.sql"), transaction: transaction);
        using (var appender = connection.CreateAppender("temp", "main", "staged_statistic"))
        {
            foreach (var (row, authorityKey) in rows)
            {
                appender.CreateRow()
                    .AppendValue(authorityKey)
                    .AppendValue(row.LaCode)
                    .AppendValue(row.AreaCode)
                    .AppendValue(row.AreaName)
                    .AppendValue(row.GeographicLevel)
                    .AppendValue(row.RegionCode)
                    .AppendValue(row.Period)
                    .AppendValue(row.TimePeriod)
                    .AppendValue(row.TimeIdentifier)
                    .AppendValue(row.Category)
                    .AppendValue(row.Measure)
                    .AppendValue(row.Value)
                    .AppendValue(row.Marker)
                    .AppendValue(row.Marker == "c")
                    .AppendValue(row.Source)
                    .AppendValue(row.Origin)
                    .AppendValue(fileName)
                    .AppendValue(row.SourceRow)
                    .AppendValue(RowHash(row, authorityKey))
                    .AppendValue(runId)
                    .AppendNullValue()
                    .EndRow();
            }
        }

        var changes = connection.QuerySingle<ChangeCounts>(Template("02_count_statistic_changes.sql", table), transaction: transaction);
        connection.Execute(Template("03_update_statistics.sql", table), new { run_id = runId }, transaction);
        connection.Execute(Template("04_insert_statistics.sql", table), transaction: transaction);
        connection.Execute(EmbeddedSql.Read("duckdb/benchmark/05_drop_staged_statistic.sql"), transaction: transaction);

        var weight = parsed.RowsPerStagedRow;
        var rejected = parsed.Rejects.Select(r => r.Row).Distinct().LongCount();
        var counts = new RunCounts(parsed.RowsRead, changes.Loaded * weight, changes.Updated * weight, changes.Unchanged * weight, rejected);
        if (counts.Read != counts.Loaded + counts.Updated + counts.Unchanged + counts.Rejected)
        {
            throw new InvalidOperationException(
                $"Row accounting does not balance for {fileName}: read {counts.Read} but loaded {counts.Loaded} + updated {counts.Updated} + unchanged {counts.Unchanged} + rejected {counts.Rejected}. Nothing was loaded.");
        }

        return counts;
    }

    private static string Template(string file, string table) =>
        EmbeddedSql.Read($"duckdb/benchmark/{file}").Replace("{fact}", table, StringComparison.Ordinal);

    private static string RowHash(StatisticRow row, int? authorityKey)
    {
        var text = string.Join('\u001f', authorityKey, row.LaCode, row.AreaName, row.GeographicLevel, row.RegionCode, row.TimePeriod,
            row.TimeIdentifier, row.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Marker, row.Source);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string HashFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileRefusedException($"{path}: the file does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FileRefusedException($"{Path.GetFileName(path)}: the file cannot be opened ({ex.Message}).", ex);
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Skipped {File}: already loaded in run {RunId}")]
    private partial void LogSkipped(string file, long runId);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Run {RunId} loaded {File}: read {Read}, loaded {Loaded}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}")]
    private partial void LogLoaded(long runId, string file, long read, long loaded, long updated, long unchanged, long rejected);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Run {RunId} failed for {File}; the warehouse is unchanged")]
    private partial void LogFailed(long runId, string file);

    private sealed record ChangeCounts(long Loaded, long Updated, long Unchanged);
}
