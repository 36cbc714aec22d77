namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>Kinds of column type that mean the same thing on DuckDB and SQL Server.</summary>
public enum TypeFamily
{
    /// <summary>An expression whose type the T-SQL reader does not infer; not compared.</summary>
    Unknown,

    /// <summary>VARCHAR on DuckDB; NVARCHAR, VARCHAR, NCHAR, CHAR on SQL Server.</summary>
    Text,

    /// <summary>Integers; the detail is the width in bits.</summary>
    WholeNumber,

    /// <summary>REAL, FLOAT, DOUBLE; the detail is the width in bits.</summary>
    FloatingPoint,

    /// <summary>DECIMAL and NUMERIC; the detail is precision and scale.</summary>
    FixedPoint,

    /// <summary>BOOLEAN on DuckDB, BIT on SQL Server.</summary>
    Boolean,

    /// <summary>DATE.</summary>
    Date,

    /// <summary>TIMESTAMP on DuckDB; DATETIME2, DATETIME, DATETIMEOFFSET on SQL Server.</summary>
    Timestamp,
}
