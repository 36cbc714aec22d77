using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Jobs.Scheduling.Marts;

/// <summary>
/// What the marts show that changes with the date alone, refreshed once per run: open stages move from
/// "open, in time" to "open, overdue" as their deadlines pass, even on a night with no new exports. The marts
/// are views over the facts, so nothing else needs rebuilding; a checkpoint then folds the night's changes
/// into the warehouse file so that readers (Power BI, the sql verb) open it quickly.
/// </summary>
internal sealed partial class MartRefresh(ILogger<MartRefresh> logger)
{
    /// <summary>Returns how many open stages changed status.</summary>
    public long Refresh(DuckDBConnection connection, DateOnly asOf)
    {
        long changed;
        using (var transaction = connection.BeginTransaction())
        {
            changed = connection.Execute(EmbeddedSql.Read("duckdb/load/13_refresh_open_clock_status.sql"), new { as_of = asOf }, transaction);
            transaction.Commit();
        }

        connection.Execute("CHECKPOINT");
        LogRefreshed(asOf, changed);
        return changed;
    }

    [LoggerMessage(EventId = 530, Level = LogLevel.Information, Message = "Marts refreshed as of {AsOf:yyyy-MM-dd}: {Changed} open stage(s) changed status")]
    private partial void LogRefreshed(DateOnly asOf, long changed);
}
