using System.Globalization;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Jobs.Bench;

/// <summary>
/// Generates a canonical-layout case export of any size for benchmarks: invented, deterministic
/// (fixed seed), with dates as real Excel date cells and summaries that name invented people.
/// </summary>
internal static class SyntheticCaseExport
{
    private static readonly string[] Teams =
        ["Assessment Team North", "Assessment Team South", "Children in Care", "Fostering Service", "SEND Casework", "Leaving Care", "MASH", "Disabled Children's Team"];

    private static readonly string[] Summaries =
    [
        "Mum says SW Rebecca Okafor has not returned calls for three weeks about the CIN plan for Tyler Marsh.",
        "EHCP for my son Oliver Bennett is 10 weeks late, no update from the SEND caseworker, call 07700 900123.",
        "Complaint about the decision to end respite; the family were not told why and feel ignored.",
        "Foster carer unhappy with allowance payments being late again and asks for reimbursement of £240.",
        "Dad disputes facts in the CP conference report written by Mr Daniel Price, says records are wrong.",
        "Transport to school withdrawn without notice, parent says the decision ignores her daughter's autism.",
    ];

    public static IReadOnlyList<string> Header => CanonicalColumn.Required;

    public static IEnumerable<object?[]> Rows(int count)
    {
        var random = new Random(20240401);
        var start = new DateTime(2022, 4, 1);
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(random.Next(0, 1000));
            while (received.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                received = received.AddDays(1);
            }

            var kind = random.Next(100);
            var isComplaint = kind < 60;
            var statutory = isComplaint && random.Next(100) < 30;
            var responded = received.AddDays(random.Next(3, 40));
            var outcome = random.Next(4) switch { 0 => "upheld", 1 => "partially_upheld", 2 => "not_upheld", _ => "withdrawn" };
            yield return
            [
                $"BEN-{i + 1:D8}",
                isComplaint ? "complaint" : kind < 75 ? "compliment" : kind < 90 ? "enquiry" : "mp_enquiry",
                isComplaint ? (statutory ? "statutory" : "corporate") : null,
                isComplaint ? 1d : null,
                received,
                random.Next(100) < 30 ? received.AddDays(28) : null,
                responded,
                statutory ? "social_care" : random.Next(2) == 0 ? "send" : "education",
                Teams[random.Next(Teams.Length)],
                random.Next(100) < 10 ? "child_or_young_person" : "parent",
                random.Next(100) < 5 ? "yes" : "no",
                random.Next(2) == 0 ? "email" : "web_form",
                "Communication",
                Summaries[random.Next(Summaries.Length)],
                isComplaint ? outcome : null,
                "no",
                random.Next(100) < 3 ? 250d : null,
                "999",
            ];
        }
    }

    public static void WriteXlsx(string path, int count)
    {
        using var writer = XlsxTableWriter.Create(path, "Cases", neutraliseFormulas: false);
        writer.WriteHeader(Header);
        foreach (var row in Rows(count))
        {
            writer.WriteRow(row);
        }
    }

    public static void WriteCsv(string path, int count)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.WriteLine(string.Join(',', Header));
        foreach (var row in Rows(count))
        {
            writer.WriteLine(string.Join(',', row.Select(Csv)));
        }
    }

    private static string Csv(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        string s when s.IndexOfAny([',', '"', '\n']) >= 0 => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
