using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>
/// A table with a row per item and a column per year, then the change on last year and the direction of
/// travel, as every annual report prints them. Rows with nothing in any year shown are left out.
/// </summary>
internal static class TrendTable
{
    public const string ProtectedNote =
        "\u201cfewer than 5\u201d: a number from 1 to 4, not shown so that no child can be identified; " +
        "\u201cwithheld\u201d: not shown so that such a number cannot be worked out from the totals. " +
        "Changes and directions involving either are not shown.";

    public const string UnsuppressedNote = "INTERNAL DRAFT: numbers from 1 to 4 are shown. Do not publish this table.";

    public static TableBlock Build(TrendTableSpec spec, IReadOnlyList<TrendRow> rows, SectionContext context)
    {
        var years = context.Scope.Years;
        var items = rows
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .Where(g => g.Any(r => r.Value is not null && r.Value != 0) || spec.TotalKeys.Contains(g[0].Key))
            .OrderBy(g => spec.TotalKeys.Contains(g[0].Key) ? 1 : 0)
            .ThenBy(g => g[0].SortOrder)
            .ThenBy(g => g[0].Label, StringComparer.Ordinal)
            .ToList();
        var protect = spec.Protect && context.Suppress;
        var protections = Protections(items, years, protect, spec.TotalKeys);

        var columns = new List<TableColumn> { new(spec.LabelHeader, 34, false) };
        columns.AddRange(years.Select(y => new TableColumn(y, 12, true)));
        columns.Add(new TableColumn("Change", 11, true));
        columns.Add(new TableColumn("Direction", 12, false));

        var tableRows = new List<TableRow>();
        string? group = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (spec.Group is not null && spec.Group(item[0]) != group)
            {
                group = spec.Group(item[0]);
                tableRows.Add(new TableRow([group, .. Enumerable.Repeat(string.Empty, columns.Count - 1)], IsTotal: true));
            }

            var cells = new List<string> { item[0].Label };
            for (var y = 0; y < years.Count; y++)
            {
                var row = item.FirstOrDefault(r => r.Year == years[y]);
                cells.Add(protections[i][y] == Protection.Shown ? Print(row) : SmallNumbers.Print(row?.Value, protections[i][y]));
            }

            var now = item.FirstOrDefault(r => r.Year == context.Period);
            var before = context.PreviousYear is { } previous ? item.FirstOrDefault(r => r.Year == previous) : null;
            var hidden = protections[i].Count > 1 && protections[i].TakeLast(2).Any(p => p != Protection.Shown);
            cells.Add(hidden ? Numbers.NotAvailable : Change(now, before));
            cells.Add(hidden ? Numbers.NotAvailable : Direction.Label(now?.Direction));
            tableRows.Add(new TableRow(cells, spec.TotalKeys.Contains(item[0].Key)));
        }

        var notes = new List<string>(spec.Notes);
        if (spec.Protect && !context.Suppress)
        {
            notes.Add(UnsuppressedNote);
        }
        else if (protections.Any(row => row.Any(p => p != Protection.Shown)))
        {
            notes.Add(ProtectedNote);
        }

        return new TableBlock(spec.Caption, spec.SourceView, columns, tableRows, notes);
    }

    /// <summary>A figure as printed for its unit.</summary>
    public static string Print(TrendRow? row) => row?.Unit switch
    {
        null => Numbers.NotAvailable,
        "percent" => Numbers.Percent(row.Value, row.Decimals),
        "ratio" => Numbers.Fixed(row.Value, row.Decimals),
        _ => Numbers.Count(row.Value),
    };

    /// <summary>The change on last year as printed: a percentage for counts, points for shares and ratios.</summary>
    public static string Change(TrendRow? now, TrendRow? before) => now?.Unit switch
    {
        null => Numbers.NotAvailable,
        "count" => Numbers.Change(now.ChangePct, before?.Value, now.Value),
        _ => Numbers.Points(now.ChangePoints, now.Decimals),
    };

    private static List<IReadOnlyList<Protection>> Protections(
        List<List<TrendRow>> items, IReadOnlyList<string> years, bool protect, IReadOnlySet<string> totals)
    {
        var result = items.Select(_ => (IReadOnlyList<Protection>)[.. years.Select(_ => Protection.Shown)]).ToList();
        if (!protect)
        {
            return result;
        }

        var grid = items.Select(_ => new Protection[years.Count]).ToList();
        for (var y = 0; y < years.Count; y++)
        {
            var counted = items.Select((item, index) => (item, index)).Where(x => !totals.Contains(x.item[0].Key)).ToList();
            var column = SmallNumbers.ProtectColumn([.. counted.Select(x => x.item.FirstOrDefault(r => r.Year == years[y])?.Value)]);
            for (var c = 0; c < counted.Count; c++)
            {
                grid[counted[c].index][y] = column[c];
            }
        }

        return [.. grid.Select(g => (IReadOnlyList<Protection>)g)];
    }
}
