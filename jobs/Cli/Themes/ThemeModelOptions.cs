namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>Settings section <c>Themes</c>: where <c>train</c> writes the working model and every verb looks for it.</summary>
internal sealed class ThemeModelOptions
{
    public const string SectionName = "Themes";

    /// <summary>
    /// The working model folder (relative to the working folder, like the warehouse). A model trained here with
    /// analysts' reviewed labels never overwrites the invented model shipped in <c>models/trained</c>; until one
    /// is trained, the shipped model is used.
    /// </summary>
    public string ModelDirectory { get; set; } = Path.Combine("data", "models", "themes");
}
