namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>One source row's values, indexed by <see cref="CanonicalColumn"/>, with its physical row number.</summary>
public sealed record RawCaseRow(long RowNumber, object?[] Values);
