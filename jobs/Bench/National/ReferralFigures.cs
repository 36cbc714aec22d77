using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>Local-authority referral counts from DfE's real c1 table, by DfE code and reporting year.</summary>
internal static class ReferralFigures
{
    public const string RelativeFolder = "reference-data/dfe";
    public const string FileName = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

    public static Dictionary<(string LaCode, int TimePeriod), long> Read(string path)
    {
        var figures = new Dictionary<(string, int), long>();
        using var reader = TabularReaderFactory.Open(path);
        int Column(string name) => reader.Headers.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var level = Column("geographic_level");
        var period = Column("time_period");
        var code = Column("old_la_code");
        var count = Column("referral_count");
        while (reader.Read())
        {
            if (!string.Equals(Text(reader.GetValue(level)), "Local authority", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (int.TryParse(Text(reader.GetValue(period)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
                && double.TryParse(Text(reader.GetValue(count)), NumberStyles.Float, CultureInfo.InvariantCulture, out var referrals)
                && Text(reader.GetValue(code)) is { Length: > 0 } laCode)
            {
                figures[(laCode, year)] = (long)referrals;
            }
        }

        return figures;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };
}
