using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// Which councils and years the simulation holds and how many records each gets: the first N current English
/// authorities (DfE code order), each for every year of the window it existed throughout. A year before a
/// reorganisation belongs to the authority that existed then (a version of authorities.csv ending the day before the
/// successor began, in the same region): Cumbria before Cumberland and Westmorland and Furness, Northamptonshire
/// before North and West Northamptonshire, the old Dorset, Poole and Bournemouth before Dorset and BCP, and the
/// county versions of Buckinghamshire, North Yorkshire and Somerset (same codes) before the unitary ones. So every
/// year is covered as DfE published it, and every row's authority existed on the day it was received.
/// </summary>
internal static class NationalPlan
{
    public static IReadOnlyList<NationalCouncilYear> Build(NationalSettings settings, string referralsPath)
    {
        var referrals = ReferralFigures.Read(referralsPath);
        var authorities = ReadAuthorities();
        var current = authorities.Where(a => a.IsCurrent).OrderBy(a => a.LaCode, StringComparer.Ordinal).Take(settings.Councils).ToList();
        var predecessors = current
            .SelectMany(successor => authorities.Where(a => a.ValidTo is { } end && end.AddDays(1) == successor.ValidFrom && a.RegionCode == successor.RegionCode))
            .Distinct();
        var plan = new List<NationalCouncilYear>();
        foreach (var authority in current.Concat(predecessors))
        {
            for (var year = settings.FirstStartYear; year <= settings.LastStartYear; year++)
            {
                if (!authority.ExistsThroughout(year))
                {
                    continue;
                }

                long? published = referrals.TryGetValue((authority.LaCode, year + 1), out var count) ? count : null;
                plan.Add(new NationalCouncilYear(authority, year, published, Records(settings, authority.LaCode, year, published)));
            }
        }

        return plan;
    }

    /// <summary>About <see cref="NationalSettings.RecordsPerReferral"/> records per referral, +/- 20 % noise, clamped.</summary>
    private static int Records(NationalSettings settings, string laCode, int year, long? referrals)
    {
        var random = new Random(NationalCaseRows.Seed(laCode, year) ^ 0x5EED);
        var noise = 0.8 + (random.NextDouble() * 0.4);
        var records = referrals is { } r ? r * settings.RecordsPerReferral * noise : NationalSettings.UnpublishedRecords * noise;
        return (int)Math.Clamp(Math.Round(records), NationalSettings.MinimumRecords, NationalSettings.MaximumRecords);
    }

    private static List<NationalAuthority> ReadAuthorities()
    {
        // The same embedded list the migrator seeds dw.dim_authority from; the invented councils are left out.
        using var stream = typeof(Etl.CaseSystem.CaseImport).Assembly.GetManifestResourceStream("authorities/authorities.csv")
            ?? throw new InvalidOperationException("authorities/authorities.csv is not embedded.");
        using var text = new StreamReader(stream);
        var header = text.ReadLine()!.Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var list = new List<NationalAuthority>();
        while (text.ReadLine() is { } line)
        {
            var cells = SplitCsv(line);
            if (cells[Column("is_fictional")] == "true")
            {
                continue;
            }

            var validTo = cells[Column("valid_to")];
            list.Add(new NationalAuthority(
                cells[Column("la_code")],
                cells[Column("name")],
                cells[Column("region_code")],
                DateTime.Parse(cells[Column("valid_from")], CultureInfo.InvariantCulture),
                validTo.Length == 0 ? null : DateTime.Parse(validTo, CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
