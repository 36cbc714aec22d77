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
/// method the nightly refresh and the scheduler's theme job call; <c>import cases</c> calls the overload for
/// its own load run. It streams at any size: the stages to assign go to a temporary table in DuckDB (one pass
/// over the facts and the bridge), then a batch of <see cref="StagesPerBatch"/> at a time is read, classified
/// and appended to a staging table, and one set-based merge writes the bridge; the process holds one batch.
/// </remarks>
public sealed partial class ThemeAssignment
{
    /// <summary>Texts handed to the model at once.</summary>
    public const int BatchSize = 2_000;

    /// <summary>Stages read, classified and appended at once unless <see cref="StagesPerBatch"/> says otherwise.</summary>
    public const int DefaultStagesPerBatch = 10_000;

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

    /// <summary>
    /// Stages read from the warehouse, classified and appended to the staging table at once: the process never
    /// holds more than one batch of stages and their themes, whatever the size of the warehouse.
    /// </summary>
    public int StagesPerBatch
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A batch holds at least one stage.");
    } = DefaultStagesPerBatch;

    /// <summary>Assigns themes to every complaint stage that needs them; see the class remarks.</summary>
    public ThemeAssignmentResult Assign(DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        Assign(connection, loadRunId: null, cancellationToken);

    /// <summary>
    /// Assigns themes to the complaint stages one load run loaded or updated that need them, by the same rules; the
    /// rest of the warehouse is neither read nor touched (a null <paramref name="loadRunId"/> means every stage). What an
    /// import that knows its run calls after it: the cost follows the file, not the warehouse. Stages outside the run (an older model's, say) wait for a full
    /// <see cref="Assign(DuckDBConnection, CancellationToken)"/>, which the refresh and the scheduler's theme job run.
    /// </summary>
    public ThemeAssignmentResult Assign(DuckDBConnection connection, long? loadRunId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stopwatch = Stopwatch.StartNew();
        var version = _predictor.ModelVersion;
        var selection = Select(connection, version, loadRunId);
        var selected = stopwatch.Elapsed;
        var (stages, coded, reassigned) = (checked((int)selection.Stages), checked((int)selection.Coded), checked((int)selection.Reassigned));
        if (stages == 0)
        {
            connection.Execute(EmbeddedSql.Read("duckdb/themes/06_drop_stages_to_assign.sql"));
            LogNothingToDo(version, stopwatch.Elapsed.TotalSeconds);
            return new ThemeAssignmentResult(null, 0, 0, 0, version, stopwatch.Elapsed, TimeSpan.Zero);
        }

        var runLog = new RunLog(connection, _clock);
        var runId = runLog.Start(RunKind, null, null, null, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), forced: false);
        try
        {
            var predicted = stages - coded;
            TimeSpan predictTime;
            TimeSpan merged;
            using (var transaction = connection.BeginTransaction())
            {
                connection.Execute(EmbeddedSql.Read("duckdb/themes/02_create_assigned_themes.sql"), transaction: transaction);
                predictTime = AppendBatches(connection, transaction, selection.Batches, version, cancellationToken);
                var appended = stopwatch.Elapsed;
                Merge(connection, transaction, runId);
                merged = stopwatch.Elapsed - appended;
                connection.Execute(EmbeddedSql.Read("duckdb/themes/06_drop_stages_to_assign.sql"), transaction: transaction);
                runLog.Succeed(runId, new RunCounts(stages, stages - reassigned, reassigned, 0, 0), transaction);
                transaction.Commit();
            }

            LogAssigned(runId, coded, predicted, reassigned, version, stopwatch.Elapsed.TotalSeconds, predictTime.TotalSeconds, selected.TotalSeconds, merged.TotalSeconds);
            return new ThemeAssignmentResult(runId, coded, predicted, reassigned, version, stopwatch.Elapsed, predictTime);
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
        Append(connection, rows);
        Merge(connection, transaction, runId);
    }

    /// <summary>Adds rows to the staging table <c>assigned_theme</c> through DuckDB's appender.</summary>
    private static void Append(DuckDBConnection connection, IEnumerable<AssignedTheme> rows)
    {
        using var appender = connection.CreateAppender("temp", "main", "assigned_theme");
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

    /// <summary>One set-based merge of the staging table into the bridge; drops the staging table.</summary>
    private static void Merge(DuckDBConnection connection, System.Data.IDbTransaction transaction, long runId) =>
        connection.Execute(EmbeddedSql.Read("duckdb/themes/03_merge_assigned_themes.sql"), new { run_id = runId }, transaction);

    /// <summary>Fills the temporary table <c>stage_to_assign</c> and says what it holds.</summary>
    private Selection Select(DuckDBConnection connection, string version, long? loadRunId)
    {
        connection.Execute(EmbeddedSql.Read("duckdb/themes/01_create_stages_to_assign.sql"));
        connection.Execute(EmbeddedSql.Read("duckdb/themes/01_select_stages_to_assign.sql"), new { model_version = version, batch_size = StagesPerBatch, run_id = loadRunId });
        return connection.QuerySingle<Selection>(EmbeddedSql.Read("duckdb/themes/04_stages_to_assign_counts.sql"));
    }

    /// <summary>
    /// Reads the selected stages a batch at a time, gives each its coded themes or the model's, and appends them to
    /// the staging table; returns the time spent in the model.
    /// </summary>
    private TimeSpan AppendBatches(DuckDBConnection connection, System.Data.IDbTransaction transaction, long batches, string version, CancellationToken cancellationToken)
    {
        var inModel = TimeSpan.Zero;
        var sql = EmbeddedSql.Read("duckdb/themes/05_stage_batch.sql");
        for (var batch = 0; batch < batches; batch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stages = connection.Query<StageToAssign>(sql, new { batch }, transaction).AsList();
            var rows = new List<AssignedTheme>(stages.Count * 2);
            foreach (var stage in stages.Where(s => s.CodedThemes is not null))
            {
                var (codes, _) = ThemeCodes.Parse(stage.CodedThemes);
                rows.AddRange(codes.Select((code, i) => new AssignedTheme(stage.ComplaintStageKey, code, null, (short)(i + 1), "coded", null, stage.RowHash)));
            }

            inModel += Predict([.. stages.Where(s => s.CodedThemes is null)], version, rows, cancellationToken);
            Append(connection, rows);
        }

        return inModel;
    }

    private TimeSpan Predict(List<StageToAssign> stages, string version, List<AssignedTheme> rows, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var start = 0; start < stages.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = stages.GetRange(start, Math.Min(BatchSize, stages.Count - start));
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

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Themes: every complaint stage is up to date with model {ModelVersion} (checked in {Seconds:F2} s)")]
    private partial void LogNothingToDo(string modelVersion, double seconds);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Run {RunId} assigned themes: {Coded} stages coded, {Predicted} predicted ({Reassigned} reassigned) with model {ModelVersion} in {Seconds:F1} s ({PredictSeconds:F1} s in the model, {SelectSeconds:F2} s selecting, {MergeSeconds:F2} s merging)")]
    private partial void LogAssigned(long runId, int coded, int predicted, int reassigned, string modelVersion, double seconds, double predictSeconds, double selectSeconds, double mergeSeconds);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Run {RunId} (themes) failed; the bridge is unchanged")]
    private partial void LogFailed(long runId);

    private sealed record StageToAssign(long ComplaintStageKey, string RowHash, string? CodedThemes, string? Summary);

    private sealed record Selection(long Stages, long Reassigned, long Coded, long Batches);
}
