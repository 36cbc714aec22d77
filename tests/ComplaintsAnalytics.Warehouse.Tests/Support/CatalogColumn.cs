namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>A row of DuckDB's information_schema.columns joined to its table's type.</summary>
public sealed record CatalogColumn(string TableSchema, string TableName, string TableType, string ColumnName, string DataType, string IsNullable);
