namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// A source row's natural key as the warehouse keys facts: a complaint stage by authority, case reference
/// and stage; any other representation by authority and case reference. A null <see cref="RecordKind"/>
/// means the row's type or stage could not be read, so it vouches for every fact of its case.
/// </summary>
internal sealed record SourceKey(string? LaCode, string CaseReference, string? RecordKind, short? Stage);
