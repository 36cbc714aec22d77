namespace ComplaintsAnalytics.Models;

/// <summary>The input row of the featuriser: the text and its concept tags.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The text's concept tags in text order (<see cref="ConceptTagger.Sequence"/>).</summary>
    public string ConceptSequence { get; set; } = string.Empty;
}
