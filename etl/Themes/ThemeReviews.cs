using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>
/// The analysts' side of the bridge: the predicted stages a review queue is drawn from, corrections written
/// back as <c>reviewed</c> themes (which win over coded and predicted ones and survive every later assignment),
/// and the reviewed labels the next training adds to the corpus.
/// </summary>
public sealed class ThemeReviews
{
    /// <summary>The <c>etl.run</c> kind of a review import.</summary>
    public const string RunKind = "themes_review";

    private readonly TimeProvider _clock;

    public ThemeReviews(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>Every stage whose themes the model predicted, with its redacted summary and its themes, most confident first.</summary>
    public static IReadOnlyList<PredictedStage> PredictedStages(DuckDBConnection connection) =>
        [.. connection.Query<PredictedStage>(
            """
            SELECT f.complaint_stage_key AS ComplaintStageKey, a.la_code AS LaCode, f.case_reference AS CaseReference,
                   f.stage AS Stage, f.received_date AS ReceivedDate, f.category AS Category, f.summary_redacted AS Summary,
                   string_agg(t.theme_code, ';' ORDER BY b.rank_order) AS Themes, min(b.model_version) AS ModelVersion
            FROM dw.bridge_complaint_theme AS b
            JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
            JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
            JOIN dw.dim_theme AS t ON t.theme_key = b.theme_key
            WHERE b.source = 'predicted'
            GROUP BY ALL
            ORDER BY f.complaint_stage_key
            """)];

    /// <summary>Redacted summaries and the themes analysts gave them: the labels <c>train</c> adds to the corpus.</summary>
    public static IReadOnlyList<(string Text, string Themes)> ReviewedLabels(DuckDBConnection connection) =>
        [.. connection.Query<(string, string)>(
            """
            SELECT f.summary_redacted, string_agg(t.theme_code, ';' ORDER BY t.theme_key)
            FROM dw.bridge_complaint_theme AS b
            JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
            JOIN dw.dim_theme AS t ON t.theme_key = b.theme_key
            WHERE b.source = 'reviewed' AND trim(coalesce(f.summary_redacted, '')) <> ''
            GROUP BY f.complaint_stage_key, f.summary_redacted
            ORDER BY f.complaint_stage_key
            """)];

    /// <summary>
    /// Writes analysts' corrections as <c>reviewed</c> themes, in one transaction recorded as an <c>etl.run</c>
    /// of kind <c>themes_review</c>. Every correction is checked first: a stage that does not exist, a case
    /// reference that does not match it, or a code outside the taxonomy refuses the whole file, naming the rows.
    /// </summary>
    /// <returns>The run id and the number of stages reviewed.</returns>
    public (long RunId, int Stages) Apply(DuckDBConnection connection, string sourceName, IReadOnlyList<ThemeCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(corrections);
        var known = connection.Query<(long Key, string Reference)>("SELECT complaint_stage_key, case_reference FROM dw.fact_complaint_stage")
            .ToDictionary(r => r.Key, r => r.Reference);
        var problems = new List<string>();
        var rows = new List<AssignedTheme>();
        foreach (var correction in corrections)
        {
            var (codes, unknown) = ThemeCodes.Parse(correction.Themes);
            if (!known.TryGetValue(correction.ComplaintStageKey, out var reference))
            {
                problems.Add($"row {correction.Row}: no complaint stage {correction.ComplaintStageKey} in this warehouse");
            }
            else if (!string.Equals(reference, correction.CaseReference, StringComparison.Ordinal))
            {
                problems.Add($"row {correction.Row}: stage {correction.ComplaintStageKey} is case {reference}, not {correction.CaseReference}");
            }

            if (unknown.Count > 0 || codes.Count == 0)
            {
                problems.Add($"row {correction.Row}: '{correction.Themes}' is not a list of theme codes ({string.Join(", ", ThemeCodes.All)})");
            }

            rows.AddRange(codes.Select((code, i) => new AssignedTheme(correction.ComplaintStageKey, code, null, (short)(i + 1), "reviewed", null, null)));
        }

        if (problems.Count > 0)
        {
            throw new FileRefusedException(
                $"{sourceName}: nothing was imported; {problems.Count} correction(s) cannot be used: {string.Join("; ", problems.Take(10))}" +
                (problems.Count > 10 ? $"; and {problems.Count - 10} more." : "."));
        }

        var runLog = new RunLog(connection, _clock);
        var runId = runLog.Start(RunKind, sourceName, null, null, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), forced: false);
        try
        {
            using var transaction = connection.BeginTransaction();
            var stages = corrections.Select(c => c.ComplaintStageKey).Distinct().Count();
            ThemeAssignment.Write(connection, transaction, runId, rows);
            runLog.Succeed(runId, new RunCounts(corrections.Count, stages, 0, corrections.Count - stages, 0), transaction);
            transaction.Commit();
            return (runId, stages);
        }
        catch (Exception ex)
        {
            runLog.Fail(runId, $"{ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }
}
