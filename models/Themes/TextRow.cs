namespace ComplaintsAnalytics.Models;

/// <summary>The input row of the featuriser.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = string.Empty;
}
