using System.Data;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// Where case rows come from when they are not a file: a name for the run log and rejects, the profile
/// that maps them, the run kind, and an optional step that commits with the load (e.g. a new watermark).
/// </summary>
public sealed record CaseSource(
    string Name,
    MappingProfile Profile,
    string Kind = "cases",
    Action<DuckDBConnection, IDbTransaction, long>? BeforeCommit = null);
