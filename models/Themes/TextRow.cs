namespace ComplaintsAnalytics.Models;

/// <summary>The input row of the featuriser: the text, its stemmed words and its concept tags.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The text's words, lower-cased and stemmed (<see cref="LightStemmer"/>), separated by spaces.</summary>
    public string Stems { get; set; } = string.Empty;

    /// <summary>The text's concept tags (<see cref="ConceptTagger"/>), separated by spaces.</summary>
    public string Concepts { get; set; } = string.Empty;

    /// <summary>The text's concept tags in text order (<see cref="ConceptTagger.Sequence"/>).</summary>
    public string ConceptSequence { get; set; } = string.Empty;
}
