using System.Text;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace ComplaintsAnalytics.Etl.Ombudsman;

/// <summary>
/// <c>import lgsco</c>: the Local Government and Social Care Ombudsman's annual review data (xlsx): per
/// council and year, complaints and enquiries received, decisions made, detailed investigations, upheld,
/// uphold rate, satisfactory remedy and compliance. Councils are matched by name (or an LA code column)
/// in the year; rows for councils without children's services (districts, fire, police) and averages are
/// left aside. Where complaints are split by category, the education and children's services rows and
/// the all-category totals are kept.
/// </summary>
public sealed class LgscoParser : IStatisticsParser
{
    public const string Source = "Local Government and Social Care Ombudsman annual review data";
    public const string ChildrensCategory = "education_and_childrens_services";
    public const string AllCategories = "all";

    private static readonly string[] NotChildrensServices =
        ["district", "fire", "police", "national park", "parish", "town", "combined", "transport", "other", "average", "total"];

    public string Kind => "lgsco";

    public StatisticsFact Fact => StatisticsFact.Ombudsman;

    public ParsedStatistics Parse(string path, AuthorityDirectory authorities)
    {
        var fileName = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".XLSX" or ".XLS"))
        {
            throw new FileRefusedException($"{fileName}: the Ombudsman's annual review data is a spreadsheet (.xlsx); this is a {extension.TrimStart('.').ToLowerInvariant()} file.");
        }

        List<LgscoSheet> sheets;
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            sheets = LgscoSheet.ReadAll(reader);
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or IOException or NotSupportedException)
        {
            throw new FileRefusedException($"{fileName}: the file cannot be read as a spreadsheet ({ex.Message}).", ex);
        }

        var usable = sheets.Where(s => s.HeaderIndex >= 0).ToList();
        if (usable.Count == 0)
        {
            throw new FileRefusedException(
                $"{fileName}: no sheet has a recognisable header. Looked for {LgscoHeaders.Described} in the first 15 rows of " +
                $"{string.Join(", ", sheets.Select(s => $"'{s.Name}'"))}.");
        }

        var parsed = new ParsedStatistics();
        var leftAside = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sheet in usable)
        {
            ParseSheet(fileName, sheet, authorities, parsed, leftAside);
        }

        parsed.RowsLeftAside = leftAside.Values.Sum();
        if (parsed.RowsLeftAside > 0)
        {
            parsed.LeftAsideNote = "left aside: " + string.Join(", ", leftAside.Select(l => $"{l.Value:N0} {l.Key}"));
        }

        return parsed;
    }

    private static void ParseSheet(string fileName, LgscoSheet sheet, AuthorityDirectory authorities, ParsedStatistics parsed, Dictionary<string, long> leftAside)
    {
        int? Find(LgscoColumn column) => sheet.Columns.Where(c => c.Value == column).Select(c => (int?)c.Key).FirstOrDefault();
        var authorityColumn = Find(LgscoColumn.Authority)!.Value;
        var typeColumn = Find(LgscoColumn.AuthorityType);
        var codeColumn = Find(LgscoColumn.LaCode);
        var yearColumn = Find(LgscoColumn.Year);
        var categoryColumn = Find(LgscoColumn.Category);
        var sheetYear = SheetYear(sheet);
        if (yearColumn is null && sheetYear is null)
        {
            throw new FileRefusedException(
                $"{fileName}: sheet '{sheet.Name}' does not say which year it covers: add a Year column or put the year (2023-24) in the sheet name or title.");
        }

        for (var r = sheet.HeaderIndex + 1; r < sheet.Rows.Count; r++)
        {
            var cells = sheet.Rows[r];
            var rowNumber = r + 1;
            string? Cell(int? column) => column is { } c && c < cells.Length ? LgscoSheet.Text(cells[c]) : null;
            var name = Cell(authorityColumn);
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var category = CategoryOf(Cell(categoryColumn));
            if (category is null)
            {
                Count(leftAside, "row(s) of other complaint categories");
                continue;
            }

            var type = Cell(typeColumn) ?? string.Empty;
            if (NotChildrensServices.Any(w => type.Contains(w, StringComparison.OrdinalIgnoreCase)) || name.StartsWith("Average", StringComparison.OrdinalIgnoreCase))
            {
                Count(leftAside, "row(s) for bodies without children's services or averages");
                continue;
            }

            parsed.RowsRead++;
            var yearText = Cell(yearColumn);
            var period = FinancialPeriod.TryRead(yearText, out var rowPeriod) ? rowPeriod
                : string.IsNullOrEmpty(yearText) ? sheetYear
                : null;

            if (period is null)
            {
                parsed.Rejects.Add(new StatisticReject(rowNumber, "Year", yearText, "not a financial year such as 2023-24"));
                continue;
            }

            var code = Cell(codeColumn);
            var authority = !string.IsNullOrEmpty(code) ? authorities.Find(code, period) : authorities.FindByName(name, period);
            if (authority is null)
            {
                parsed.Rejects.Add(new StatisticReject(rowNumber, "Authority", string.IsNullOrEmpty(code) ? name : code,
                    $"no English authority with children's services is called this in {period}"));
                continue;
            }

            TakeMeasures(sheet, cells, rowNumber, authority, name, period, yearText ?? sheet.Name, category, $"{Source}: {fileName}", parsed);
        }
    }

    private static void TakeMeasures(LgscoSheet sheet, object?[] cells, int rowNumber, AuthorityEntry authority, string name, string period, string timePeriod, string category, string source, ParsedStatistics parsed)
    {
        var values = new List<StatisticRow>();
        foreach (var (index, column) in sheet.Columns.Where(c => LgscoHeaders.Measures.ContainsKey(c.Value)))
        {
            var cell = index < cells.Length ? cells[index] : null;
            if (!MarkedNumber.TryParse(cell, out var number))
            {
                parsed.Rejects.Add(new StatisticReject(rowNumber, LgscoSheet.Text(sheet.Rows[sheet.HeaderIndex][index]), LgscoSheet.Text(cell), "not a number"));
                return;
            }

            if (number.IsEmpty)
            {
                continue;
            }

            // Percentage cells hold a fraction (0.45 shown as 45%); the warehouse keeps percentages 0 to 100.
            var value = number.Value;
            if (column is LgscoColumn.UpholdRate or LgscoColumn.SatisfactoryRemedy or LgscoColumn.ComplianceRate && cell is double && value <= 1)
            {
                value *= 100;
            }

            values.Add(new StatisticRow(rowNumber, StatisticRow.LocalAuthority, authority.LaCode, name, authority.LaCode, authority.RegionCode, period,
                timePeriod, "Financial year", category, LgscoHeaders.Measures[column], value, number.Marker, source, StatisticRow.Published));
        }

        if (values.Count == 0)
        {
            parsed.Rejects.Add(new StatisticReject(rowNumber, null, null, "the row has no value in any measure column"));
            return;
        }

        parsed.Rows.AddRange(values);
    }

    /// <summary>The stored category: children's services, all categories, or null for another subject.</summary>
    public static string? CategoryOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AllCategories;
        }

        var normalised = LgscoHeaders.Normalise(text);
        if (normalised.Contains("education", StringComparison.Ordinal) && normalised.Contains("child", StringComparison.Ordinal))
        {
            return ChildrensCategory;
        }

        return normalised is "all" or "total" or "all categories" or "all subjects" ? AllCategories : null;
    }

    private static string? SheetYear(LgscoSheet sheet)
    {
        if (FinancialPeriod.TryRead(sheet.Name, out var fromName))
        {
            return fromName;
        }

        for (var r = 0; r < sheet.HeaderIndex; r++)
        {
            foreach (var cell in sheet.Rows[r])
            {
                if (FinancialPeriod.TryRead(LgscoSheet.Text(cell), out var fromTitle))
                {
                    return fromTitle;
                }
            }
        }

        return null;
    }

    private static void Count(Dictionary<string, long> counts, string what) =>
        counts[what] = counts.TryGetValue(what, out var n) ? n + 1 : 1;
}
