namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// What importing a set of case files did, summed over the files: the import's seconds alone, and the theme
/// assignment after each file (stages classified, its seconds, the model's share, and its error if it failed).
/// </summary>
internal sealed record NationalLoad(
    long Read, long Loaded, long Updated, long Rejected, double Seconds, long Classified, double ThemeSeconds, double ModelSeconds, string? ThemeFailure);
