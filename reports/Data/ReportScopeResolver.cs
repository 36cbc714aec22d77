using System.Data;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;

namespace ComplaintsAnalytics.Reports.Data;

/// <summary>
/// Fills in what the user left out: the council defaults to the one the warehouse's own case records
/// belong to (there must be exactly one), the year to the latest financial year it holds for that council.
/// </summary>
public static class ReportScopeResolver
{
    public static ReportScope Resolve(IDbConnection connection, string? laCode, string? period)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (period is not null && !FinancialYear.TryParse(period, out _))
        {
            throw new ReportScopeException($"--period {period} is not a financial year written like 2024/25.");
        }

        var held = connection.Query<(string LaCode, string Name, string Year)>(
            "SELECT la_code, authority_name, financial_year FROM mart.annual_council_year ORDER BY la_code, financial_year").ToList();
        if (held.Count == 0)
        {
            throw new ReportScopeException("The warehouse holds no case records yet. Load some first: refresh (or refresh --demo).");
        }

        var councils = held.Select(h => h.LaCode).Distinct(StringComparer.Ordinal).ToList();
        var council = laCode ?? (councils.Count == 1
            ? councils[0]
            : throw new ReportScopeException(
                $"The warehouse holds case records for {councils.Count} councils ({string.Join(", ", councils)}); say which with --authority."));
        var years = held.Where(h => h.LaCode == council).ToList();
        if (years.Count == 0)
        {
            throw new ReportScopeException(
                $"--authority {council}: the warehouse holds no case records for that council. It holds {string.Join(", ", councils)}.");
        }

        var chosen = period ?? years[^1].Year;
        if (!years.Any(y => y.Year == chosen))
        {
            throw new ReportScopeException(
                $"--period {chosen}: the warehouse holds no case records for {council} in that year. It holds {string.Join(", ", years.Select(y => y.Year))}.");
        }

        var shown = years.Select(y => y.Year).Where(y => string.CompareOrdinal(y, chosen) <= 0).TakeLast(ReportScope.YearsShown).ToList();
        return new ReportScope(council, years[0].Name, chosen, shown);
    }
}
