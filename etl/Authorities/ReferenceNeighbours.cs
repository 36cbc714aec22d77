using System.Data;
using ComplaintsAnalytics.Etl.Statistics;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Authorities;

/// <summary>
/// The neighbours shipped with the product: DfE's 2025 model (<c>sn_model_2025_wide.csv</c>, copied from
/// reference-data/dfe) and the invented demo council 999, which is given the neighbours of North
/// Northamptonshire (940), a real East Midlands unitary council of similar size (<c>demo-neighbours.csv</c>).
/// Seeded once, when the warehouse has no neighbours; <c>import neighbours</c> loads a newer model.
/// </summary>
public static class ReferenceNeighbours
{
    public const string Model = "2025";
    private static readonly string[] Files = ["sn_model_2025_wide.csv", "demo-neighbours.csv"];

    public static void EnsureSeeded(DuckDBConnection connection, IDbTransaction transaction)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM dw.authority_neighbour", transaction: transaction) > 0)
        {
            return;
        }

        var authorities = AuthorityDirectory.Load(connection, transaction);
        foreach (var file in Files)
        {
            using var stream = typeof(ReferenceNeighbours).Assembly.GetManifestResourceStream($"authorities/{file}")
                ?? throw new InvalidOperationException($"authorities/{file} is not embedded.");
            using var text = new StreamReader(stream);
            var (rows, rejects, _) = NeighbourFile.Read(text, file, authorities);
            if (rejects.Count > 0)
            {
                throw new InvalidOperationException($"The shipped neighbours file {file} names unknown authorities: {rejects[0].Reason}.");
            }

            NeighbourWriter.Write(connection, transaction, Model, file, null, rows);
        }
    }
}
