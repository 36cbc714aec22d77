using System.Globalization;
using ExcelDataReader;

namespace ComplaintsAnalytics.Etl.Ombudsman;

/// <summary>One worksheet of the Ombudsman's workbook, its rows in memory (a few hundred councils), with the header found.</summary>
internal sealed class LgscoSheet
{
    private const int HeaderSearchRows = 15;

    private LgscoSheet(string name, List<object?[]> rows)
    {
        Name = name;
        Rows = rows;
    }

    public string Name { get; }

    public List<object?[]> Rows { get; }

    /// <summary>The 0-based index of the header row; -1 when none was recognised.</summary>
    public int HeaderIndex { get; private set; } = -1;

    /// <summary>Recognised columns of the header row: column index to meaning.</summary>
    public Dictionary<int, LgscoColumn> Columns { get; } = [];

    public static List<LgscoSheet> ReadAll(IExcelDataReader reader)
    {
        var sheets = new List<LgscoSheet>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var cells = new object?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    var value = reader.GetValue(i);
                    cells[i] = value is DBNull ? null : value;
                }

                rows.Add(cells);
            }

            var sheet = new LgscoSheet(reader.Name, rows);
            sheet.FindHeader();
            sheets.Add(sheet);
        }
        while (reader.NextResult());

        return sheets;
    }

    public static string? Text(object? cell) => cell is null ? null : Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim();

    // The header is the first row, among the first 15, with an authority column and two measure columns.
    private void FindHeader()
    {
        for (var r = 0; r < Math.Min(HeaderSearchRows, Rows.Count); r++)
        {
            var recognised = new Dictionary<int, LgscoColumn>();
            for (var c = 0; c < Rows[r].Length; c++)
            {
                if (LgscoHeaders.Recognise(Text(Rows[r][c])) is { } column && !recognised.ContainsValue(column))
                {
                    recognised[c] = column;
                }
            }

            if (recognised.ContainsValue(LgscoColumn.Authority) && recognised.Values.Count(LgscoHeaders.Measures.ContainsKey) >= 2)
            {
                HeaderIndex = r;
                foreach (var (index, column) in recognised)
                {
                    Columns[index] = column;
                }

                return;
            }
        }
    }
}
