using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// Writes the simulation's case exports as xlsx, one per council holding all its years (what a council's system
/// gives for a history load), and the nightly delta: per council, only the rows that changed (every 100th row has
/// its response date a day later, or its advocate flag turned, where it has no response yet). Rows stream from the
/// generator to the writer; nothing holds a whole file.
/// </summary>
internal static class NationalCaseExports
{
    public const int ChangedEvery = 100;

    public static IReadOnlyList<NationalFile> WriteHistory(IReadOnlyList<NationalCouncilYear> plan, string folder) =>
        Write(plan, folder, "cases", delta: false);

    public static IReadOnlyList<NationalFile> WriteDelta(IReadOnlyList<NationalCouncilYear> plan, string folder) =>
        Write(plan, folder, "delta", delta: true);

    /// <summary>Every row of one council's history, in file order, with the last year's start (open cases allowed there).</summary>
    public static IEnumerable<object?[]> CouncilRows(IReadOnlyList<NationalCouncilYear> plan, string laCode)
    {
        var lastOpenYear = new DateTime(plan.Max(p => p.StartYear), 4, 1);
        return plan.Where(p => p.Authority.LaCode == laCode).OrderBy(p => p.StartYear).SelectMany(p => NationalCaseRows.Rows(p, lastOpenYear));
    }

    private static List<NationalFile> Write(IReadOnlyList<NationalCouncilYear> plan, string folder, string prefix, bool delta)
    {
        Directory.CreateDirectory(folder);
        var files = new List<NationalFile>();
        foreach (var laCode in plan.Select(p => p.Authority.LaCode).Distinct())
        {
            var path = Path.Combine(folder, $"{prefix}-{laCode}.xlsx");
            long written = 0;
            using (var writer = XlsxTableWriter.Create(path, "Cases", neutraliseFormulas: false))
            {
                writer.WriteHeader(CanonicalColumn.Required);
                var index = 0;
                foreach (var row in CouncilRows(plan, laCode))
                {
                    if (delta)
                    {
                        if (index++ % ChangedEvery != 0)
                        {
                            continue;
                        }

                        Change(row);
                    }

                    writer.WriteRow(row);
                    written++;
                }
            }

            files.Add(new NationalFile(path, laCode, written));
        }

        return files;
    }

    private static void Change(object?[] row)
    {
        if (row[NationalCaseRows.ResponseDateColumn] is DateTime responded)
        {
            row[NationalCaseRows.ResponseDateColumn] = responded.AddDays(1);
        }
        else
        {
            row[NationalCaseRows.AdvocateColumn] = row[NationalCaseRows.AdvocateColumn] as string == "yes" ? "no" : "yes";
        }
    }
}
