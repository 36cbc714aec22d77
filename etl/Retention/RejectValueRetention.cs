using System.Data;
using Dapper;

namespace ComplaintsAnalytics.Etl.Retention;

/// <summary>
/// Clears the cell values kept with rejects once their run is older than the retention period. A
/// rejected cell can hold personal data (a mistyped name in a code column); the row, column and reason
/// stay for the record. Staged rows are never kept between runs, so they need no purge.
/// </summary>
public static class RejectValueRetention
{
    /// <summary>The default retention, in days.</summary>
    public const int DefaultDays = 90;

    /// <summary>Clears reject values of runs started more than <paramref name="days"/> days before now; returns how many.</summary>
    public static int Purge(IDbConnection connection, TimeProvider clock, int days) =>
        connection.Execute(
            """
            UPDATE etl.reject SET value = NULL
            WHERE value IS NOT NULL
              AND run_id IN (SELECT run_id FROM etl.run WHERE started_at < $cutoff)
            """,
            new { cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days) });
}
