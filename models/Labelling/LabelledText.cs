namespace ComplaintsAnalytics.Models;

/// <summary>One labelled complaint summary from a corpus or evaluation file.</summary>
/// <param name="Row">The 1-based data row in its file (the header is not counted).</param>
/// <param name="Text">The (redacted) complaint text.</param>
/// <param name="Themes">The theme codes, distinct, in taxonomy order.</param>
public sealed record LabelledText(int Row, string Text, IReadOnlyList<string> Themes);
