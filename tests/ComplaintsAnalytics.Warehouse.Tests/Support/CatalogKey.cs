namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>A primary key or unique constraint from DuckDB's duckdb_constraints().</summary>
public sealed record CatalogKey(string TableName, string ConstraintType, string ColumnNames);
