namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>An analyst's themes for one complaint stage, read from a review file.</summary>
/// <param name="Row">The spreadsheet row it came from, for messages.</param>
/// <param name="ComplaintStageKey">The stage, as the review file names it.</param>
/// <param name="CaseReference">The stage's case reference, checked against the warehouse.</param>
/// <param name="Themes">Theme codes separated by <c>;</c>, most important first.</param>
public sealed record ThemeCorrection(long Row, long ComplaintStageKey, string CaseReference, string Themes);
