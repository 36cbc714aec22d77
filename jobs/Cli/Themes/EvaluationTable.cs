using System.Globalization;
using ComplaintsAnalytics.Models;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>An evaluation as a table on stderr: per-theme precision, recall and F1, then macro and micro F1.</summary>
internal static class EvaluationTable
{
    public static void Write(ThemeEvaluation evaluation)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title($"{evaluation.Source}: {evaluation.Texts:N0} texts, model {evaluation.ModelVersion}")
            .AddColumns("theme", "support", "predicted", "precision", "recall", "F1");
        foreach (var t in evaluation.Themes)
        {
            table.AddRow(t.Code, t.Support.ToString(c), t.Predicted.ToString(c), t.Precision.ToString("0.000", c), t.Recall.ToString("0.000", c), t.F1.ToString("0.000", c));
        }

        VerbRunner.Errors.Write(table);
        VerbRunner.Errors.WriteLine(string.Create(c,
            $"Macro F1 {evaluation.MacroF1:0.000} (lowest theme {evaluation.Themes.Min(t => t.F1):0.000}), micro F1 {evaluation.MicroF1:0.000}, exact match {evaluation.ExactMatchRatio:0.000}."));
    }
}
