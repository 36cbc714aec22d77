using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>
/// A column type reduced to what both engines must agree on: the family, plus the width of integers and
/// floats and the precision and scale of decimals (text lengths differ on purpose: DuckDB has none).
/// </summary>
public sealed record ColumnType(TypeFamily Family, string Detail = "")
{
    public static readonly ColumnType Unknown = new(TypeFamily.Unknown);

    public override string ToString() => Detail.Length == 0 ? Family.ToString() : $"{Family}({Detail})";

    /// <summary>Reads a type as DuckDB's information_schema.columns spells it (e.g. <c>DECIMAL(12,2)</c>).</summary>
    public static ColumnType FromDuckDb(string dataType)
    {
        var upper = dataType.Trim().ToUpperInvariant();
        if (upper.StartsWith("DECIMAL(", StringComparison.Ordinal))
        {
            return new ColumnType(TypeFamily.FixedPoint, upper["DECIMAL(".Length..^1].Replace(" ", "", StringComparison.Ordinal));
        }

        return upper switch
        {
            "VARCHAR" => new ColumnType(TypeFamily.Text),
            "TINYINT" => new ColumnType(TypeFamily.WholeNumber, "8"),
            "SMALLINT" => new ColumnType(TypeFamily.WholeNumber, "16"),
            "INTEGER" => new ColumnType(TypeFamily.WholeNumber, "32"),
            "BIGINT" => new ColumnType(TypeFamily.WholeNumber, "64"),
            "FLOAT" or "REAL" => new ColumnType(TypeFamily.FloatingPoint, "32"),
            "DOUBLE" => new ColumnType(TypeFamily.FloatingPoint, "64"),
            "BOOLEAN" => new ColumnType(TypeFamily.Boolean),
            "DATE" => new ColumnType(TypeFamily.Date),
            "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" => new ColumnType(TypeFamily.Timestamp),
            _ => throw new NotSupportedException($"DuckDB type {dataType} has no SQL Server equivalent in these tests yet."),
        };
    }

    /// <summary>Reads a T-SQL data type from the ScriptDom tree.</summary>
    public static ColumnType FromSqlServer(DataTypeReference dataType)
    {
        if (dataType is not SqlDataTypeReference sql)
        {
            throw new NotSupportedException($"T-SQL type {dataType.Name.BaseIdentifier.Value} is not a built-in type.");
        }

        return sql.SqlDataTypeOption switch
        {
            SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char => new ColumnType(TypeFamily.Text),
            SqlDataTypeOption.TinyInt => new ColumnType(TypeFamily.WholeNumber, "8"),
            SqlDataTypeOption.SmallInt => new ColumnType(TypeFamily.WholeNumber, "16"),
            SqlDataTypeOption.Int => new ColumnType(TypeFamily.WholeNumber, "32"),
            SqlDataTypeOption.BigInt => new ColumnType(TypeFamily.WholeNumber, "64"),
            SqlDataTypeOption.Real => new ColumnType(TypeFamily.FloatingPoint, "32"),
            SqlDataTypeOption.Float => new ColumnType(TypeFamily.FloatingPoint, FloatWidth(sql)),
            SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric => new ColumnType(TypeFamily.FixedPoint, DecimalDetail(sql)),
            SqlDataTypeOption.Bit => new ColumnType(TypeFamily.Boolean),
            SqlDataTypeOption.Date => new ColumnType(TypeFamily.Date),
            SqlDataTypeOption.DateTime2 or SqlDataTypeOption.DateTime or SqlDataTypeOption.DateTimeOffset => new ColumnType(TypeFamily.Timestamp),
            _ => throw new NotSupportedException($"T-SQL type {sql.SqlDataTypeOption} has no DuckDB equivalent in these tests yet."),
        };
    }

    // FLOAT(n) is 4 bytes for n <= 24 and 8 bytes otherwise; plain FLOAT is FLOAT(53).
    private static string FloatWidth(SqlDataTypeReference sql) =>
        sql.Parameters.Count == 1 && int.Parse(sql.Parameters[0].Value, CultureInfo.InvariantCulture) <= 24 ? "32" : "64";

    // DECIMAL alone is DECIMAL(18,0) and DECIMAL(p) is DECIMAL(p,0).
    private static string DecimalDetail(SqlDataTypeReference sql) => sql.Parameters.Count switch
    {
        0 => "18,0",
        1 => $"{sql.Parameters[0].Value},0",
        _ => $"{sql.Parameters[0].Value},{sql.Parameters[1].Value}",
    };
}
