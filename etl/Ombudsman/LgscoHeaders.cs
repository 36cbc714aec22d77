using System.Text;

namespace ComplaintsAnalytics.Etl.Ombudsman;

/// <summary>
/// The Ombudsman's header texts change between years: each column is recognised through a small alias
/// table after lower-casing, "&amp;" to "and", and dropping punctuation ("Uphold rate (%)" is "uphold rate %").
/// </summary>
public static class LgscoHeaders
{
    private static readonly Dictionary<string, LgscoColumn> Aliases = Build(new Dictionary<LgscoColumn, string[]>
    {
        [LgscoColumn.Authority] = ["authority", "authority name", "organisation", "organisation name", "council", "local authority", "name"],
        [LgscoColumn.AuthorityType] = ["authority type", "organisation type", "type", "council type"],
        [LgscoColumn.LaCode] = ["la code", "la_code", "dfe code", "la number"],
        [LgscoColumn.Year] = ["year", "financial year", "business year", "period"],
        [LgscoColumn.Category] = ["category", "subject", "subject category", "service area"],
        [LgscoColumn.ComplaintsReceived] = ["complaints and enquiries received", "complaints enquiries received", "enquiries and complaints received", "complaints received", "received"],
        [LgscoColumn.DecisionsMade] = ["decisions made", "decisions", "decided", "total decisions"],
        [LgscoColumn.DetailedInvestigations] = ["detailed investigations", "detailed investigations carried out", "investigations", "investigated"],
        [LgscoColumn.Upheld] = ["upheld", "upheld decisions", "complaints upheld", "number upheld"],
        [LgscoColumn.UpholdRate] = ["uphold rate", "uphold rate %", "upheld rate", "upheld rate %", "upheld %", "percentage upheld"],
        [LgscoColumn.SatisfactoryRemedy] = ["satisfactory remedy provided by authority", "satisfactory remedy provided by the council", "satisfactory remedy provided by organisation", "satisfactory remedy provided by the authority", "satisfactory remedy", "satisfactory remedy %"],
        [LgscoColumn.ComplianceRate] = ["compliance with recommendations", "compliance with recommendations %", "compliance rate", "compliance rate %", "compliance"],
    });

    /// <summary>The measure columns and the codes they are stored under in <c>dw.fact_ombudsman</c>.</summary>
    public static readonly IReadOnlyDictionary<LgscoColumn, string> Measures = new Dictionary<LgscoColumn, string>
    {
        [LgscoColumn.ComplaintsReceived] = "complaints_received",
        [LgscoColumn.DecisionsMade] = "decisions_made",
        [LgscoColumn.DetailedInvestigations] = "detailed_investigations",
        [LgscoColumn.Upheld] = "upheld",
        [LgscoColumn.UpholdRate] = "uphold_rate",
        [LgscoColumn.SatisfactoryRemedy] = "satisfactory_remedy",
        [LgscoColumn.ComplianceRate] = "compliance_rate",
    };

    /// <summary>What the header text names, if it is one the alias table knows.</summary>
    public static LgscoColumn? Recognise(string? header) =>
        header is not null && Aliases.TryGetValue(Normalise(header), out var column) ? column : null;

    /// <summary>The headers looked for, for a refusal message.</summary>
    public static string Described =>
        "an authority column (Authority, Organisation, Council) and measure columns (Complaints and enquiries received, " +
        "Decisions made, Detailed investigations, Upheld, Uphold rate, Satisfactory remedy, Compliance with recommendations)";

    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '%' || c == '_' ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, LgscoColumn> Build(Dictionary<LgscoColumn, string[]> aliases) =>
        aliases.SelectMany(a => a.Value.Select(text => (Text: Normalise(text), a.Key)))
            .ToDictionary(a => a.Text, a => a.Key, StringComparer.Ordinal);
}
