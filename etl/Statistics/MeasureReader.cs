namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>Turns a DfE table row's measure cells into values, rejecting the row if any cell is unreadable.</summary>
internal static class MeasureReader
{
    /// <summary>
    /// Adds one <see cref="StatisticRow"/> per measure present in the table, or one reject (and nothing)
    /// when a cell is neither a number nor a marker. Returns true when the row was taken.
    /// </summary>
    public static bool Take(
        EesTable table, ParsedStatistics parsed, EesArea area, string period, string category, IEnumerable<string> measures, string source)
    {
        var values = new List<StatisticRow>();
        foreach (var measure in measures.Where(table.Has))
        {
            var cell = table.Cell(measure);
            if (!MarkedNumber.TryParse(cell, out var number))
            {
                parsed.Rejects.Add(new StatisticReject(table.RowNumber, measure, Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture),
                    "not a number or a DfE marker (c, x, z, u, low, k)"));
                return false;
            }

            if (number.IsEmpty)
            {
                continue;
            }

            values.Add(new StatisticRow(table.RowNumber, area.Level, area.AreaCode, area.AreaName, area.LaCode, NullIfEmpty(area.RegionCode), period,
                table.Text("time_period"), table.Text("time_identifier"), category, measure, number.Value, number.Marker, source, StatisticRow.Published));
        }

        if (values.Count == 0)
        {
            parsed.Rejects.Add(new StatisticReject(table.RowNumber, null, null, "the row has no value in any measure column"));
            return false;
        }

        parsed.Rows.AddRange(values);
        return true;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
