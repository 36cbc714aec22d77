using System.Globalization;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>Rows shaped like <c>mart.complaint_timeliness</c>, made up and deterministic.</summary>
internal static class ComplaintRows
{
    public static readonly PushTableDefinition Table = new("complaint_timeliness",
    [
        new PushColumn("la_code", PushDataType.String),
        new PushColumn("case_reference", PushDataType.String),
        new PushColumn("procedure", PushDataType.String),
        new PushColumn("stage", PushDataType.Int64),
        new PushColumn("financial_year", PushDataType.String),
        new PushColumn("received_date", PushDataType.DateTime),
        new PushColumn("deadline_date", PushDataType.DateTime),
        new PushColumn("responded_date", PushDataType.DateTime),
        new PushColumn("working_days_taken", PushDataType.Int64),
        new PushColumn("extended", PushDataType.Boolean),
        new PushColumn("within_timescale", PushDataType.Boolean),
        new PushColumn("clock_status", PushDataType.String),
    ]);

    private static readonly DateOnly FirstDay = new(2024, 4, 1);

    public static IReadOnlyDictionary<string, object?> Row(int i)
    {
        var received = FirstDay.AddDays(i % 365);
        var days = 5 + (i % 30);
        return new Dictionary<string, object?>
        {
            ["la_code"] = (800 + (i % 150)).ToString(CultureInfo.InvariantCulture),
            ["case_reference"] = $"CSC-{i:D7}",
            ["procedure"] = i % 3 == 0 ? "statutory" : "corporate",
            ["stage"] = 1 + (i % 3),
            ["financial_year"] = "2024-25",
            ["received_date"] = received,
            ["deadline_date"] = received.AddDays(28),
            ["responded_date"] = i % 10 == 0 ? null : received.AddDays(days),
            ["working_days_taken"] = i % 10 == 0 ? null : (long)days,
            ["extended"] = i % 4 == 0,
            ["within_timescale"] = days <= 20,
            ["clock_status"] = i % 10 == 0 ? "open" : "closed",
        };
    }
}
