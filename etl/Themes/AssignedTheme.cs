namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>One bridge row about to be written: a stage, a theme, who assigned it and from which row.</summary>
internal sealed record AssignedTheme(
    long ComplaintStageKey, string ThemeCode, float? Score, short RankOrder, string Source, string? ModelVersion, string? RowHash);
