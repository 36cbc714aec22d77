using System.CommandLine;
using ComplaintsAnalytics.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary><c>evaluate --input &lt;csv&gt;</c>: the evaluation report of the current model on any labelled file.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Labelled CSV with text and themes (codes separated by ;).", Required = true };
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model folder (default: the working model if trained, else the shipped one)." };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the markdown report to this file." };
        var command = new Command("evaluate", "Per-theme precision, recall and F1, macro and micro F1 of the theme model on a labelled CSV (markdown on stdout).") { input, model, report };
        command.SetAction(parse => FileVerbRunner.Run(services =>
        {
            var folder = services.GetRequiredService<ThemeModelLocator>().Resolve(parse.GetValue(model)?.FullName);
            using var classifier = ThemeClassifier.Load(folder);
            var evaluation = ThemeEvaluator.Evaluate(classifier, parse.GetValue(input)!.FullName);
            var markdown = evaluation.ToMarkdown();
            if (parse.GetValue(report) is { } file)
            {
                File.WriteAllText(file.FullName, markdown);
            }

            Console.Out.Write(markdown);
            EvaluationTable.Write(evaluation);
            return 0;
        }));
        return command;
    }
}
