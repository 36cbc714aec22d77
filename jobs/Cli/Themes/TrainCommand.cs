using Spectre.Console;
using System.CommandLine;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// <c>train</c>: the shipped corpus plus analysts' reviewed labels from the warehouse, to a model folder and
/// an evaluation report on the held-out <c>test.csv</c>.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<FileInfo?>("--corpus") { Description = "Labelled CSV (text, themes); default the shipped models/corpus/train.csv." };
        var test = new Option<FileInfo?>("--test") { Description = "Held-out labelled CSV to evaluate on; default the shipped models/corpus/test.csv." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Model folder to write (default the working model, Themes:ModelDirectory = data/models/themes)." };
        var report = new Option<FileInfo?>("--report") { Description = "Evaluation report (markdown) to write; default evaluation.md in the model folder." };
        var withoutReviewed = new Option<bool>("--without-reviewed") { Description = "Train on the corpus alone, without the analysts' reviewed labels." };
        var command = new Command("train", "Train the theme model and write its evaluation report.") { corpus, test, output, report, withoutReviewed };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "models", "corpus");
            var corpusPath = parse.GetValue(corpus)?.FullName ?? Path.Combine(shipped, "train.csv");
            var testPath = parse.GetValue(test)?.FullName ?? Path.Combine(shipped, "test.csv");
            var outDir = parse.GetValue(output)?.FullName ?? services.GetRequiredService<ThemeModelLocator>().WorkingDirectory;
            var reportPath = parse.GetValue(report)?.FullName ?? Path.Combine(outDir, "evaluation.md");
            var reviewed = parse.GetValue(withoutReviewed) ? [] : ThemeReviews.ReviewedLabels(connection);
            Directory.CreateDirectory(outDir);
            var trainingPath = TrainingCorpus.Write(corpusPath, reviewed, outDir);

            var clock = services.GetRequiredService<TimeProvider>();
            var info = new ThemeModelTrainer(services.GetRequiredService<ILogger<ThemeModelTrainer>>()).Train(trainingPath, outDir, clock);
            using var classifier = ThemeClassifier.Load(outDir);
            var evaluation = ThemeEvaluator.Evaluate(classifier, testPath);
            Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
            File.WriteAllText(reportPath, evaluation.ToMarkdown());
            EvaluationTable.Write(evaluation);
            VerbRunner.Errors.WriteLine(
                $"Model {info.Version} ({info.CorpusRows:N0} texts, {reviewed.Count:N0} of them reviewed by analysts) written to {outDir}; report {reportPath}.");
            return 0;
        }));
        return command;
    }
}
