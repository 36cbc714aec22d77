using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Refresh;

/// <summary>
/// The public statistics inbox (DfE CIN referrals and population, SEN2, Ombudsman review data, other
/// councils' benchmark returns, a council's own CIN census XML): each file is recognised by its type and
/// header, loaded in its own transaction, then moved to <c>processed/</c> or <c>failed/</c>.
/// </summary>
internal sealed class PublicStatisticsInbox(StatisticsLoader loader, TimeProvider clock)
{
    private static readonly string[] Sen2Measures = ["ehcplans", "new_ehc_plans", "plans_issued_den", "requests_received_in_year"];

    public IReadOnlyList<ImportResult> Run(DuckDBConnection connection, string inbox, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>();
        if (!Directory.Exists(inbox))
        {
            return results;
        }

        foreach (var file in Directory.EnumerateFiles(inbox).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImportResult result;
            try
            {
                var parser = Recognise(file)
                    ?? throw new FileRefusedException(
                        $"{Path.GetFileName(file)}: not recognised as DfE referrals or population, SEN2, Ombudsman review data, a benchmark return or a CIN census return.");
                result = loader.Import(connection, file, parser);
            }
            catch (FileRefusedException ex)
            {
                result = new ImportResult(null, Path.GetFileName(file), ImportStatus.Failed, 0, 0, 0, 0, 0, ex.Message, TimeSpan.Zero);
            }

            results.Add(result);
            InboxFolders.MoveAfterImport(file, result, clock);
        }

        return results;
    }

    /// <summary>The parser for a file, from its extension and, for CSV, its header row; null when none fits.</summary>
    public static IStatisticsParser? Recognise(string path)
    {
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".XML":
                return new CinCensusParser();
            case ".XLSX":
                return new LgscoParser();
            case ".CSV":
                var header = (File.ReadLines(path).FirstOrDefault() ?? string.Empty).TrimStart('\uFEFF').ToUpperInvariant().Split(',');
                if (header.Contains("REFERRAL_COUNT") || header.Contains("POPULATION_ESTIMATE"))
                {
                    return new CinReferralsParser();
                }

                if (Sen2Measures.Any(m => header.Contains(m.ToUpperInvariant())))
                {
                    return new Sen2Parser();
                }

                return header.Contains("MEASURE") && header.Contains("PERIOD") ? new ReturnsParser() : null;
            default:
                return null;
        }
    }
}
