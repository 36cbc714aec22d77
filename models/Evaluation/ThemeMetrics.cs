namespace ComplaintsAnalytics.Models;

/// <summary>Precision, recall and F1 for one theme over a labelled set.</summary>
/// <param name="Code">The theme code.</param>
/// <param name="Support">Texts labelled with the theme.</param>
/// <param name="Predicted">Texts the model assigned the theme to.</param>
/// <param name="TruePositives">Texts both labelled with and assigned the theme.</param>
public sealed record ThemeMetrics(string Code, int Support, int Predicted, int TruePositives)
{
    /// <summary>True positives over predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>True positives over support; 0 when the theme has no support.</summary>
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    /// <summary>Harmonic mean of precision and recall: 2TP / (support + predicted); 0 when both are 0.</summary>
    public double F1 => Support + Predicted == 0 ? 0 : 2.0 * TruePositives / (Support + Predicted);
}
