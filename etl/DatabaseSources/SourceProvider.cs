namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>The ADO.NET providers a source can use.</summary>
public enum SourceProvider
{
    /// <summary>Microsoft.Data.SqlClient: SQL Server and Azure SQL, the usual reporting database.</summary>
    SqlServer,

    /// <summary>DuckDB.NET.Data: a DuckDB file.</summary>
    DuckDb,

    /// <summary>Microsoft.Data.Sqlite: a SQLite file.</summary>
    Sqlite,
}
