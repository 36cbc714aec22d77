namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>One column of a table or view, in declaration order.</summary>
public sealed record SchemaColumn(string Name, ColumnType Type, bool IsNullable);
