using Spectre.Console;
using System.CommandLine;
using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// <c>review export</c>: the least confident predictions to an xlsx for analysts; <c>review import &lt;xlsx&gt;</c>:
/// their corrections back as <c>reviewed</c> themes, which the next <c>train</c> adds to the corpus.
/// </summary>
internal static class ReviewCommand
{
    private static readonly string[] Columns =
    [
        "complaint_stage_key", "case_reference", "la_code", "stage", "received_date", "category", "summary_redacted",
        "predicted_themes", "theme_scores", "least_certain_theme", "model_version", "reviewed_themes",
    ];

    public static Command Create()
    {
        var review = new Command("review", "The analysts' review queue for theme predictions.");
        var output = new Option<FileInfo>("--out") { Description = "The xlsx to write.", DefaultValueFactory = _ => new FileInfo("theme-review.xlsx") };
        var count = new Option<int>("--count") { Description = "How many predictions to export, least confident first.", DefaultValueFactory = _ => 200 };
        var export = new Command("export", "Write the least confident predicted themes to an xlsx: fill in reviewed_themes (codes separated by ;) and import it.") { output, count };
        export.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var stages = ThemeReviews.PredictedStages(connection);
            var classifier = services.GetRequiredService<ClassifierThemePredictor>().Classifier;
            var queue = ReviewQueue.LeastConfident(classifier, stages, parse.GetValue(count));
            var path = parse.GetValue(output)!.FullName;
            using (var writer = XlsxTableWriter.Create(path, "Review"))
            {
                writer.WriteHeader(Columns);
                foreach (var item in queue)
                {
                    writer.WriteRow(
                    [
                        item.Stage.ComplaintStageKey, item.Stage.CaseReference, item.Stage.LaCode, (int)item.Stage.Stage, item.Stage.ReceivedDate,
                        SpreadsheetText.Neutralise(item.Stage.Category ?? string.Empty), SpreadsheetText.Neutralise(item.Stage.Summary ?? string.Empty),
                        item.Stage.Themes, item.Scores, item.LeastCertainTheme, item.Stage.ModelVersion, null,
                    ]);
                }
            }

            VerbRunner.Errors.WriteLine($"Wrote {queue.Count:N0} of {stages.Count:N0} predicted complaint stages, least confident first, to {path}. " +
                "Fill in reviewed_themes (codes separated by ;) and run `review import`.");
            return 0;
        }));

        var file = new Argument<FileInfo>("file") { Description = "The review xlsx with reviewed_themes filled in." };
        var import = new Command("import", "Read analysts' corrections back as reviewed themes.") { file };
        import.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var corrections = ReadCorrections(path);
            if (corrections.Count == 0)
            {
                VerbRunner.Errors.WriteLine($"{Path.GetFileName(path)}: no row has reviewed_themes filled in; nothing to import.");
                return 0;
            }

            var (runId, stages) = services.GetRequiredService<ThemeReviews>().Apply(connection, Path.GetFileName(path), corrections);
            VerbRunner.Errors.WriteLine($"Run {runId}: {stages:N0} complaint stages now carry reviewed themes; the next `train` adds them to the corpus.");
            return 0;
        }));
        review.Subcommands.Add(export);
        review.Subcommands.Add(import);
        return review;
    }

    private static List<ThemeCorrection> ReadCorrections(string path)
    {
        using var reader = TabularReaderFactory.Open(path);
        int Column(string name) => reader.Headers.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? i
            : throw new FileRefusedException($"{Path.GetFileName(path)}: the column '{name}' is missing; export a fresh file with `review export`.");
        var keyColumn = Column("complaint_stage_key");
        var referenceColumn = Column("case_reference");
        var themesColumn = Column("reviewed_themes");
        var corrections = new List<ThemeCorrection>();
        while (reader.Read())
        {
            var themes = Text(reader.GetValue(themesColumn));
            if (themes.Length == 0)
            {
                continue;
            }

            var key = reader.GetValue(keyColumn) switch
            {
                double d => (long)d,
                var v when long.TryParse(Text(v), NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) => k,
                var v => throw new FileRefusedException($"{Path.GetFileName(path)}, row {reader.RowNumber}: complaint_stage_key '{Text(v)}' is not a number."),
            };
            corrections.Add(new ThemeCorrection(reader.RowNumber, key, Text(reader.GetValue(referenceColumn)), themes));
        }

        return corrections;
    }

    // The leading apostrophe that marks text for Excel is not part of the value.
    private static string Text(object? value) =>
        (Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).Trim().TrimStart('\'').Trim();
}
