using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>
/// Picks when a record arrived: working days mostly, quieter in August and at Christmas; emails and web
/// forms also arrive at weekends, and web forms carry the time they were submitted.
/// </summary>
internal sealed class ReceivedDatePicker(Random random)
{
    private readonly Dictionary<(int Year, bool AnyDay), (DateOnly[] Days, double[] Cumulative)> _tables = [];

    public DateTime Pick(int financialYear, ReceiptMethod method, DateOnly? notAfter = null)
    {
        var anyDay = method is ReceiptMethod.Email or ReceiptMethod.WebForm;
        var (days, cumulative) = Table(financialYear, anyDay);
        DateOnly day;
        do
        {
            var roll = random.NextDouble() * cumulative[^1];
            var index = Array.BinarySearch(cumulative, roll);
            day = days[index < 0 ? ~index : index];
        }
        while (notAfter is { } limit && day > limit);

        if (method != ReceiptMethod.WebForm)
        {
            return day.ToDateTime(TimeOnly.MinValue);
        }

        return day.ToDateTime(new TimeOnly(random.Between(6, 22), random.Between(0, 59), random.Between(0, 59)));
    }

    private (DateOnly[] Days, double[] Cumulative) Table(int financialYear, bool anyDay)
    {
        if (_tables.TryGetValue((financialYear, anyDay), out var table))
        {
            return table;
        }

        var days = new List<DateOnly>();
        var cumulative = new List<double>();
        var total = 0.0;
        for (var day = new DateOnly(financialYear, 4, 1); day <= new DateOnly(financialYear + 1, 3, 31); day = day.AddDays(1))
        {
            var weight = (WorkingCalendar.IsWorkingDay(day) ? 1.0 : anyDay ? 0.25 : 0.0) * MonthFactor(day);
            if (weight > 0)
            {
                total += weight;
                days.Add(day);
                cumulative.Add(total);
            }
        }

        table = (days.ToArray(), cumulative.ToArray());
        _tables[(financialYear, anyDay)] = table;
        return table;
    }

    private static double MonthFactor(DateOnly day) => day.Month switch
    {
        8 => 0.65,
        12 => day.Day > 20 ? 0.4 : 0.9,
        9 => 1.15,
        1 => 1.1,
        _ => 1.0,
    };
}
