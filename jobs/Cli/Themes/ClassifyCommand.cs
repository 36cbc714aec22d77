using Spectre.Console;
using System.CommandLine;
using System.Globalization;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Models;
using Microsoft.Extensions.DependencyInjection;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// <c>classify --input &lt;csv&gt; --text-column &lt;name&gt; --output &lt;csv&gt;</c>: every input column kept, plus
/// <c>themes</c> (codes, most confident first) and <c>theme_scores</c> (<c>code:probability</c> for all nine).
/// The text is redacted before the model reads it, as warehouse text is; the output keeps the input as it was.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV with a header row.", Required = true };
        var textColumn = new Option<string>("--text-column") { Description = "The column holding the complaint text.", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "CSV to write.", Required = true };
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model folder (default: the working model if trained, else the shipped one)." };
        var command = new Command("classify", "Add themes and theme scores to every row of a CSV.") { input, textColumn, output, model };
        command.SetAction(parse => FileVerbRunner.Run(services =>
        {
            var inputPath = parse.GetValue(input)!.FullName;
            if (!File.Exists(inputPath))
            {
                throw new UserInputException($"{inputPath} does not exist.");
            }

            var (headers, rows) = Read(inputPath);
            var column = headers.FindIndex(h => string.Equals(h.Trim(), parse.GetValue(textColumn)!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (column < 0)
            {
                throw new UserInputException($"{Path.GetFileName(inputPath)} has no column '{parse.GetValue(textColumn)}' (columns: {string.Join(", ", headers)}).");
            }

            var redactor = services.GetRequiredService<PersonalDataRedactor>();
            var folder = services.GetRequiredService<ThemeModelLocator>().Resolve(parse.GetValue(model)?.FullName);
            using var classifier = ThemeClassifier.Load(folder);
            var predictions = classifier.Classify([.. rows.Select(r => redactor.Redact(column < r.Length ? r[column] : string.Empty).Text ?? string.Empty)]);
            Write(parse.GetValue(output)!.FullName, headers, rows, predictions);
            VerbRunner.Errors.WriteLine($"Classified {rows.Count:N0} rows with model {classifier.ModelVersion}; wrote {parse.GetValue(output)!.FullName}.");
            return 0;
        }));
        return command;
    }

    private static (List<string> Headers, List<string[]> Rows) Read(string path)
    {
        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return (headers, rows);
    }

    private static void Write(string path, List<string> headers, List<string[]> rows, IReadOnlyList<ThemePrediction> predictions)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.Write(string.Join(',', headers.Concat(["themes", "theme_scores"]).Select(Quote)));
        writer.Write('\n');
        for (var i = 0; i < rows.Count; i++)
        {
            var themes = string.Join(';', predictions[i].Assigned.Select(s => s.Code));
            var scores = string.Join(';', predictions[i].Scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Code}:{s.Probability:0.000}")));
            writer.Write(string.Join(',', rows[i].Concat([themes, scores]).Select(Quote)));
            writer.Write('\n');
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
