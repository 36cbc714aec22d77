namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>A table or view and its columns in order.</summary>
public sealed record SchemaObject(string Schema, string Name, bool IsView, IReadOnlyList<SchemaColumn> Columns)
{
    /// <summary><c>schema.name</c>, lower case so the engines compare ignoring case.</summary>
    public string FullName => $"{Schema}.{Name}".ToLowerInvariant();
}
