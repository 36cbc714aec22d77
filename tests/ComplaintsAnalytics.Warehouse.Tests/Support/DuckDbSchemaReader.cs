using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>Reads a migrated DuckDB warehouse's own catalogue: the schema as DuckDB actually built it.</summary>
public static class DuckDbSchemaReader
{
    public static WarehouseSchema Read(DuckDBConnection connection)
    {
        var columns = connection.Query<CatalogColumn>(
            """
            SELECT c.table_schema AS TableSchema, c.table_name AS TableName, t.table_type AS TableType,
                   c.column_name AS ColumnName, c.data_type AS DataType, c.is_nullable AS IsNullable
            FROM information_schema.columns AS c
            JOIN information_schema.tables AS t
              ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_catalog = c.table_catalog
            WHERE c.table_catalog = current_database() AND c.table_schema IN ('dw', 'etl', 'mart', 'staging')
            ORDER BY c.table_schema, c.table_name, c.ordinal_position
            """);
        var objects = columns
            .GroupBy(c => (c.TableSchema, c.TableName, c.TableType))
            .Select(g => new SchemaObject(
                g.Key.TableSchema,
                g.Key.TableName,
                IsView: g.Key.TableType == "VIEW",
                [.. g.Select(c => new SchemaColumn(c.ColumnName, ColumnType.FromDuckDb(c.DataType), c.IsNullable == "YES"))]));
        var keys = connection.Query<CatalogKey>(
            """
            SELECT DISTINCT lower(schema_name || '.' || table_name) AS TableName, constraint_type AS ConstraintType,
                   lower(array_to_string(constraint_column_names, ',')) AS ColumnNames
            FROM duckdb_constraints()
            WHERE database_name = current_database() AND schema_name IN ('dw', 'etl', 'mart', 'staging')
              AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')
            """);
        return new WarehouseSchema(objects, keys.Select(k => new KeyConstraint(k.TableName, k.ConstraintType == "PRIMARY KEY", k.ColumnNames)));
    }
}
