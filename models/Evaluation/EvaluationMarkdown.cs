using System.Globalization;
using System.Text;

namespace ComplaintsAnalytics.Models;

/// <summary>Writes a <see cref="ThemeEvaluation"/> as a markdown report.</summary>
internal static class EvaluationMarkdown
{
    /// <summary>Macro F1 of the NHS patient-feedback classifier pxtextmining (32 labels), the public anchor.</summary>
    public const double PxTextMiningMacroF1 = 0.71;

    public static string Write(ThemeEvaluation evaluation)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine("# Theme classifier evaluation").AppendLine();
        Line(md, "Model version", evaluation.ModelVersion);
        Line(md, "Training corpus SHA-256", evaluation.TrainingCorpusSha256);
        Line(md, "Evaluated on", evaluation.Source);
        Line(md, "Evaluated file SHA-256", evaluation.SourceSha256);
        md.AppendLine(c, $"- Texts: {evaluation.Texts}").AppendLine();

        md.AppendLine("| theme | name | support | predicted | precision | recall | F1 | threshold |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var t in evaluation.Themes)
        {
            var threshold = evaluation.Thresholds is { } th && th.TryGetValue(t.Code, out var v)
                ? v.ToString("0.00", c) : "";
            md.AppendLine(c, $"| {t.Code} | {ThemeTaxonomy.Get(t.Code).Name} | {t.Support} | {t.Predicted} | " +
                $"{t.Precision:0.000} | {t.Recall:0.000} | {t.F1:0.000} | {threshold} |");
        }

        md.AppendLine();
        var lowest = evaluation.Themes.Where(t => t.Support + t.Predicted > 0).Select(t => t.F1).DefaultIfEmpty(0).Min();
        md.AppendLine(c, $"- **Macro F1: {evaluation.MacroF1:0.000}** (lowest theme F1: {lowest:0.000})");
        md.AppendLine(c, $"- Micro precision {evaluation.MicroPrecision:0.000}, recall {evaluation.MicroRecall:0.000}, **F1 {evaluation.MicroF1:0.000}**");
        md.AppendLine(c, $"- Exact match (predicted set = labelled set): {evaluation.ExactMatchRatio:0.000} ({evaluation.ExactMatches} of {evaluation.Texts})");
        md.AppendLine();
        md.AppendLine("## Against the public anchor").AppendLine();
        var difference = evaluation.MacroF1 - PxTextMiningMacroF1;
        md.Append(c, $"pxtextmining, the NHS patient-feedback classifier (32 labels, TF-IDF + SVC/XGBoost + DistilBERT ensemble), ");
        md.Append(c, $"reports macro F1 {PxTextMiningMacroF1:0.00}. This model: {evaluation.MacroF1:0.000} ({difference:+0.000;-0.000}). ");
        md.AppendLine("The figures are not like for like: nine labels instead of 32, and an invented corpus instead of real feedback.");
        return md.ToString();
    }

    private static void Line(StringBuilder md, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {label}: `{value}`");
        }
    }
}
