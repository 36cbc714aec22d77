using System.Data;
using System.Globalization;
using ComplaintsAnalytics.Etl.Benchmark;
using Dapper;

namespace ComplaintsAnalytics.Etl.BenchmarkReturns;

/// <summary>
/// <c>export returns</c>: a council's own measures (from its case records and its own returns) in the
/// benchmark-returns format, for sharing. Counts from 1 to 4, and shares built on them, are written
/// <c>c</c> unless the export is unsuppressed, which every row's source then says.
/// </summary>
public static class ReturnsExport
{
    public const string UnsuppressedNotice = "UNSUPPRESSED: internal use only, do not publish";

    /// <summary>Writes the return; returns the number of measures written (0 when the warehouse has none).</summary>
    public static int Write(IDbConnection connection, string laCode, string period, TextWriter output, bool unsuppressed, DateOnly asOf)
    {
        var rows = connection.Query<ExportRow>(
            """
            SELECT la_code AS LaCode, la_name AS LaName, period AS Period, measure AS Measure, value AS Value, suppressed AS Suppressed
            FROM mart.authority_measures_all
            WHERE origin = 'warehouse' AND origin_preference = 1 AND la_code = $la_code AND period = $period
            """,
            new { la_code = laCode, period })
            .Where(r => MeasureCatalog.IsKnown(r.Measure))
            .OrderBy(r => MeasureCatalog.Codes.ToList().IndexOf(r.Measure))
            .ToList();
        output.WriteLine(string.Join(',', ReturnsParser.Columns));
        foreach (var row in rows)
        {
            var source = string.Create(CultureInfo.InvariantCulture, $"{row.LaName} complaints warehouse (own records), exported {asOf:yyyy-MM-dd}");
            if (unsuppressed)
            {
                source += "; " + UnsuppressedNotice;
            }

            var value = row.Value is null ? string.Empty
                : row.Suppressed && !unsuppressed ? Suppression.Marker
                : row.Value.Value.ToString(MeasureCatalog.IsPercentage(row.Measure) ? "0.#" : "0", CultureInfo.InvariantCulture);
            output.WriteLine(string.Join(',', Csv.Quote(row.LaCode), Csv.Quote(row.LaName), row.Period, row.Measure, value, Csv.Quote(source)));
        }

        return rows.Count;
    }

    private sealed class ExportRow
    {
        public string LaCode { get; init; } = string.Empty;

        public string LaName { get; init; } = string.Empty;

        public string Period { get; init; } = string.Empty;

        public string Measure { get; init; } = string.Empty;

        public decimal? Value { get; init; }

        public bool Suppressed { get; init; }
    }
}
