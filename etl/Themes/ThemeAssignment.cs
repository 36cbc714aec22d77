using System.Diagnostics;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>
/// Fills <c>dw.bridge_complaint_theme</c> after a load: every complaint stage with no themes yet, whose row
/// changed since its themes were assigned, or whose themes came from another model version, gets them
/// again. Officer coding wins over the model: a stage whose category the council's profile maps to themes
/// gets those (source <c>coded</c>); the others get the model's (source <c>predicted</c>, with the probability
/// and the model version). Analysts' <c>reviewed</c> themes win over both and are never touched here.
/// </summary>
/// <remarks>
/// One transaction per call, recorded in <c>etl.run</c> with kind <c>themes</c>. Calling it again with
/// nothing new does nothing and records no run, so reruns never duplicate or churn the bridge. This is the
/// method the nightly refresh, <c>import cases</c> and the scheduler's theme job call.
/// </remarks>
public sealed partial class ThemeAssignment
{
    /// <summary>Texts handed to the model at once.</summary>
    public const int BatchSize = 2_000;

    /// <summary>The <c>etl.run</c> kind of an assignment.</summary>
    public const string RunKind = "themes";

    private readonly IThemePredictor _predictor;
    private readonly ILogger<ThemeAssignment> _logger;
    private readonly TimeProvider _clock;

    public ThemeAssignment(IThemePredictor predictor, ILogger<ThemeAssignment> logger, TimeProvider clock)
    {
        _predictor = predictor;
        _logger = logger;
        _clock = clock;
    }

    /// <summary>Assigns themes to every complaint stage that needs them; see the class remarks.</summary>
    public ThemeAssignmentResult Assign(DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stopwatch = Stopwatch.StartNew();
        var version = _predictor.ModelVersion;
        var stages = connection.Query<StageToAssign>(EmbeddedSql.Read("duckdb/themes/01_stages_to_assign.sql"), new { model_version = version }).ToList();
        if (stages.Count == 0)
        {
            LogNothingToDo(version);
            return new ThemeAssignmentResult(null, 0, 0, 0, version, stopwatch.Elapsed, TimeSpan.Zero);
        }

        var runLog = new RunLog(connection, _clock);
        var runId = runLog.Start(RunKind, null, null, null, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), forced: false);
        try
        {
            var rows = new List<AssignedTheme>(stages.Count * 2);
            var coded = 0;
            foreach (var stage in stages.Where(s => s.CodedThemes is not null))
            {
                var (codes, _) = ThemeCodes.Parse(stage.CodedThemes);
                rows.AddRange(codes.Select((code, i) => new AssignedTheme(stage.ComplaintStageKey, code, null, (short)(i + 1), "coded", null, stage.RowHash)));
                coded++;
            }

            var toPredict = stages.Where(s => s.CodedThemes is null).ToList();
            var predictTime = Predict(toPredict, version, rows, cancellationToken);
            using (var transaction = connection.BeginTransaction())
            {
                Write(connection, transaction, runId, rows);
                var reassigned = stages.Count(s => s.HadThemes);
                runLog.Succeed(runId, new RunCounts(stages.Count, stages.Count - reassigned, reassigned, 0, 0), transaction);
                transaction.Commit();
                var result = new ThemeAssignmentResult(runId, coded, toPredict.Count, reassigned, version, stopwatch.Elapsed, predictTime);
                LogAssigned(runId, coded, toPredict.Count, reassigned, version, stopwatch.Elapsed.TotalSeconds, predictTime.TotalSeconds);
                return result;
            }
        }
        catch (Exception ex)
        {
            runLog.Fail(runId, $"{ex.GetType().Name}: {ex.Message}");
            LogFailed(runId);
            throw;
        }
    }

    /// <summary>Appends the rows to a temporary table and merges them into the bridge (inside the caller's transaction).</summary>
    internal static void Write(DuckDBConnection connection, System.Data.IDbTransaction transaction, long runId, IReadOnlyList<AssignedTheme> rows)
    {
        connection.Execute(EmbeddedSql.Read("duckdb/themes/02_create_assigned_themes.sql"), transaction: transaction);
        using (var appender = connection.CreateAppender("temp", "main", "assigned_theme"))
        {
            foreach (var row in rows)
            {
                appender.CreateRow()
                    .AppendValue(row.ComplaintStageKey)
                    .AppendValue(row.ThemeCode)
                    .AppendValue(row.Score)
                    .AppendValue(row.RankOrder)
                    .AppendValue(row.Source)
                    .AppendValue(row.ModelVersion)
                    .AppendValue(row.RowHash)
                    .EndRow();
            }
        }

        connection.Execute(EmbeddedSql.Read("duckdb/themes/03_merge_assigned_themes.sql"), new { run_id = runId }, transaction);
    }

    private TimeSpan Predict(List<StageToAssign> stages, string version, List<AssignedTheme> rows, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var start = 0; start < stages.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = stages.Skip(start).Take(BatchSize).ToList();
            var predictions = _predictor.Predict([.. batch.Select(s => s.Summary ?? string.Empty)]);
            if (predictions.Count != batch.Count)
            {
                throw new InvalidOperationException($"The theme model returned {predictions.Count} predictions for {batch.Count} texts.");
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var rank = (short)0;
                foreach (var theme in predictions[i])
                {
                    rows.Add(new AssignedTheme(batch[i].ComplaintStageKey, theme.Code, theme.Probability, ++rank, "predicted", version, batch[i].RowHash));
                }
            }
        }

        return stopwatch.Elapsed;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Themes: every complaint stage is up to date with model {ModelVersion}")]
    private partial void LogNothingToDo(string modelVersion);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Run {RunId} assigned themes: {Coded} stages coded, {Predicted} predicted ({Reassigned} reassigned) with model {ModelVersion} in {Seconds:F1} s ({PredictSeconds:F1} s in the model)")]
    private partial void LogAssigned(long runId, int coded, int predicted, int reassigned, string modelVersion, double seconds, double predictSeconds);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Run {RunId} (themes) failed; the bridge is unchanged")]
    private partial void LogFailed(long runId);

    private sealed record StageToAssign(long ComplaintStageKey, string RowHash, string? CodedThemes, string? Summary, bool HadThemes);
}
