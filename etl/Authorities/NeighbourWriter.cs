using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Authorities;

/// <summary>
/// Replaces each authority's neighbours within one model, counting authorities whose list is new,
/// changed or the same (so loading the same model twice changes nothing).
/// </summary>
internal static class NeighbourWriter
{
    public static (long Loaded, long Updated, long Unchanged) Write(
        DuckDBConnection connection, IDbTransaction transaction, string model, string sourceFile, long? runId, IEnumerable<NeighbourRow> rows)
    {
        long loaded = 0, updated = 0, unchanged = 0;
        foreach (var authority in rows.GroupBy(r => r.LaCode))
        {
            var existing = connection.Query<(short Rank, string Code, string? Closeness)>(
                "SELECT neighbour_rank, neighbour_la_code, closeness FROM dw.authority_neighbour WHERE model = $model AND la_code = $la_code ORDER BY neighbour_rank",
                new { model, la_code = authority.Key }, transaction).ToList();
            var incoming = authority.OrderBy(r => r.Rank).Select(r => (r.Rank, Code: r.NeighbourLaCode, r.Closeness)).ToList();
            if (existing.SequenceEqual(incoming))
            {
                unchanged++;
                continue;
            }

            if (existing.Count == 0)
            {
                loaded++;
            }
            else
            {
                updated++;
                connection.Execute("DELETE FROM dw.authority_neighbour WHERE model = $model AND la_code = $la_code", new { model, la_code = authority.Key }, transaction);
            }

            connection.Execute(
                "INSERT INTO dw.authority_neighbour VALUES ($model, $la_code, $rank, $neighbour, $closeness, $source_file, $run_id)",
                authority.Select(r => new { model, la_code = r.LaCode, rank = r.Rank, neighbour = r.NeighbourLaCode, closeness = r.Closeness, source_file = sourceFile, run_id = runId }),
                transaction);
        }

        return (loaded, updated, unchanged);
    }
}
