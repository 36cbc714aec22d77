namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>A primary key or unique constraint: the table and its columns, lower case, in key order.</summary>
public sealed record KeyConstraint(string Table, bool IsPrimaryKey, string Columns)
{
    public override string ToString() => $"{Table} {(IsPrimaryKey ? "PRIMARY KEY" : "UNIQUE")} ({Columns})";
}
