using System.Globalization;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>Reads the plain <c>date,name</c> bank-holiday file.</summary>
internal static class BankHolidayCsv
{
    public static List<BankHoliday> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var csv = CsvDataReader.Create(reader);
        int dateColumn = Column(csv, "date");
        int nameColumn = Column(csv, "name");
        var holidays = new List<BankHoliday>();
        var seen = new HashSet<DateOnly>();
        int line = 1;
        while (csv.Read())
        {
            line++;
            string text = csv.GetString(dateColumn).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"Bank holiday file, row {line}: '{text}' is not a date written yyyy-mm-dd.");
            }

            // A duplicated row usually means two years were pasted over each other; refuse rather than hide it.
            if (!seen.Add(date))
            {
                throw new InvalidDataException($"Bank holiday file, row {line}: {text} is listed twice.");
            }

            holidays.Add(new BankHoliday(date, csv.GetString(nameColumn).Trim()));
        }

        if (holidays.Count == 0)
        {
            throw new InvalidDataException("The bank holiday file lists no bank holidays.");
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        RequireEveryYear(holidays);
        return holidays;
    }

    private static int Column(CsvDataReader csv, string name)
    {
        for (int i = 0; i < csv.FieldCount; i++)
        {
            if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InvalidDataException($"The bank holiday file has no '{name}' column; expected a header 'date,name'.");
    }

    // Coverage runs from the first to the last year, so a missing year in between would be counted
    // as having no bank holidays at all.
    private static void RequireEveryYear(List<BankHoliday> holidays)
    {
        var years = holidays.Select(h => h.Date.Year).ToHashSet();
        for (int year = holidays[0].Date.Year; year <= holidays[^1].Date.Year; year++)
        {
            if (!years.Contains(year))
            {
                throw new InvalidDataException($"The bank holiday file has no bank holidays for {year}.");
            }
        }
    }
}
