using System.Globalization;
using System.Xml;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;

namespace ComplaintsAnalytics.Etl.CinCensus;

/// <summary>
/// <c>import cin-census</c>: a council's own child-level CIN census return (XML), streamed. Referrals in
/// the year are the <c>CINdetails</c> whose <c>CINreferralDate</c> falls in the financial year the
/// return's <c>ReferenceDate</c> closes; the count is how a council has its figure before DfE publishes
/// it. Child identifiers are never kept: only the counts leave the reader.
/// </summary>
public sealed class CinCensusParser : IStatisticsParser
{
    public const string Source = "CIN census return (the council's own)";

    public string Kind => "cin-census";

    public StatisticsFact Fact => StatisticsFact.Referrals;

    public ParsedStatistics Parse(string path, AuthorityDirectory authorities)
    {
        var fileName = Path.GetFileName(path);
        if (!string.Equals(Path.GetExtension(path), ".xml", StringComparison.OrdinalIgnoreCase))
        {
            throw new FileRefusedException($"{fileName}: a CIN census return is an XML file (Message, Header, Children); this is not a .xml file.");
        }

        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true });
            reader.MoveToContent();
            if (reader.LocalName != "Message")
            {
                throw new FileRefusedException($"{fileName}: not a CIN census return: the root element is '{reader.LocalName}', expected 'Message' (with Header and Children).");
            }

            return Count(fileName, reader);
        }
        catch (XmlException ex)
        {
            throw new FileRefusedException($"{fileName}: not well-formed XML ({ex.Message}).", ex);
        }
    }

    private static ParsedStatistics Count(string fileName, XmlReader reader)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = new ParsedStatistics();
        string? period = null;
        DateOnly start = default, end = default;
        long referrals = 0, nfa = 0, children = 0, outOfYear = 0;
        var lineInfo = (IXmlLineInfo)reader;

        // ReadElementContentAsString leaves the reader on the next node already: do not Read() past it.
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "Collection" or "Year" or "ReferenceDate" or "LEA":
                    header[reader.LocalName] = reader.ReadElementContentAsString().Trim();
                    positioned = true;
                    break;
                case "Children":
                    period = PeriodOf(fileName, header);
                    start = FinancialPeriod.Start(period);
                    end = start.AddYears(1).AddDays(-1);
                    break;
                case "Child":
                    if (period is null)
                    {
                        throw new FileRefusedException($"{fileName}: not a CIN census return: Child elements come before the Header's CollectionDetails.");
                    }

                    var childReferrals = 0;
                    using (var child = reader.ReadSubtree())
                    {
                        while (child.Read())
                        {
                            if (child.NodeType != XmlNodeType.Element || child.LocalName != "CINdetails")
                            {
                                continue;
                            }

                            var line = lineInfo.LineNumber;
                            var (dateText, isNfa) = ReadDetails(child);
                            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                            {
                                if (!string.IsNullOrEmpty(dateText))
                                {
                                    parsed.Rejects.Add(new StatisticReject(line, "CINreferralDate", dateText, "not a date written yyyy-MM-dd"));
                                    parsed.RowsRead++;
                                }
                                else
                                {
                                    outOfYear++;
                                }

                                continue;
                            }

                            if (date < start || date > end)
                            {
                                outOfYear++;
                                continue;
                            }

                            childReferrals++;
                            nfa += isNfa ? 1 : 0;
                        }
                    }

                    referrals += childReferrals;
                    children += childReferrals > 0 ? 1 : 0;
                    break;
            }
        }

        period ??= PeriodOf(fileName, header);
        var la = header["LEA"];
        parsed.RowsRead += referrals;
        parsed.RowsPerStagedRow = referrals;
        parsed.RowsLeftAside = outOfYear;
        parsed.LeftAsideNote = outOfYear > 0 ? $"{outOfYear:N0} CINdetails with a referral outside {period} (or none) left aside" : null;
        if (referrals > 0)
        {
            foreach (var (measure, value) in new[] { ("referral_count", referrals), ("referral_child_count", children), ("no_further_action_count", nfa) })
            {
                parsed.Rows.Add(new StatisticRow(1, StatisticRow.LocalAuthority, la, $"LA {la}", la, null, period, header.GetValueOrDefault("Year", period),
                    "Census year", "Referrals and Re-referrals", measure, value, null, $"{Source}, {fileName}", StatisticRow.Warehouse));
            }
        }

        return parsed;
    }

    private static (string? ReferralDate, bool Nfa) ReadDetails(XmlReader child)
    {
        string? date = null;
        var nfa = false;
        using var details = child.ReadSubtree();
        var positioned = false;
        while (positioned || details.Read())
        {
            positioned = false;
            if (details.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (details.LocalName)
            {
                case "CINreferralDate":
                    date = details.ReadElementContentAsString().Trim();
                    positioned = true;
                    break;
                case "ReferralNFA":
                    var text = details.ReadElementContentAsString().Trim();
                    nfa = text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase);
                    positioned = true;
                    break;
            }
        }

        return (date, nfa);
    }

    // The return's ReferenceDate (31 March 2024) closes the financial year 2023/24; Year (2024) is the same year.
    private static string PeriodOf(string fileName, Dictionary<string, string> header)
    {
        if (!header.TryGetValue("Collection", out var collection) || !collection.Equals("CIN", StringComparison.OrdinalIgnoreCase))
        {
            throw new FileRefusedException($"{fileName}: not a CIN census return: the Header's CollectionDetails/Collection is '{collection}', expected 'CIN'.");
        }

        if (!header.TryGetValue("LEA", out var la) || la.Length != 3 || !la.All(char.IsAsciiDigit))
        {
            throw new FileRefusedException($"{fileName}: the Header's Source/LEA must be the council's 3-digit DfE code; found '{la}'.");
        }

        if (header.TryGetValue("ReferenceDate", out var reference) &&
            DateOnly.TryParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var referenceDate))
        {
            return FinancialPeriod.EndingIn(referenceDate.Month <= 3 ? referenceDate.Year : referenceDate.Year + 1);
        }

        if (header.TryGetValue("Year", out var year) && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return FinancialPeriod.EndingIn(y);
        }

        throw new FileRefusedException($"{fileName}: the Header has neither a ReferenceDate nor a Year: the census year cannot be told.");
    }
}
