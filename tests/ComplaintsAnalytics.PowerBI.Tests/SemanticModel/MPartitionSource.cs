using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>
/// What an M partition reads: <c>Sql.Database(Server, Database)</c>, one warehouse table or view by
/// schema and item, the columns its <c>Table.SelectRows</c> conditions test, and the columns
/// <c>Table.SelectColumns</c> keeps.
/// </summary>
internal sealed partial record MPartitionSource(string Schema, string Item, IReadOnlyList<string> FilterColumns, IReadOnlyList<string> Columns, bool UsesParameters)
{
    public string FullName => $"{Schema}.{Item}";

    public static MPartitionSource Parse(string m)
    {
        var navigation = Navigation().Match(m);
        var select = SelectColumns().Match(m);
        if (!navigation.Success || !select.Success)
        {
            throw new FormatException($"The partition does not navigate to one schema and item and select its columns:\n{m}");
        }

        var columns = QuotedName().Matches(select.Groups["columns"].Value).Select(c => c.Groups["name"].Value).ToList();
        var filters = SelectRows().Matches(m).SelectMany(r => FieldAccess().Matches(r.Groups["condition"].Value)).Select(f => f.Groups["name"].Value).ToList();
        return new MPartitionSource(navigation.Groups["schema"].Value, navigation.Groups["item"].Value, filters, columns, Parameters().IsMatch(m));
    }

    [GeneratedRegex("""Source\{\[Schema\s*=\s*"(?<schema>\w+)"\s*,\s*Item\s*=\s*"(?<item>\w+)"\]\}\[Data\]""")]
    private static partial Regex Navigation();

    [GeneratedRegex(@"Table\.SelectColumns\(\s*\w+\s*,\s*\{(?<columns>[^}]*)\}\s*\)")]
    private static partial Regex SelectColumns();

    [GeneratedRegex(@"Table\.SelectRows\(\s*\w+\s*,\s*each\s+(?<condition>[^)]*)\)")]
    private static partial Regex SelectRows();

    [GeneratedRegex(@"\[(?<name>\w+)\]")]
    private static partial Regex FieldAccess();

    [GeneratedRegex("\"(?<name>[^\"]+)\"")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"Sql\.Database\(\s*Server\s*,\s*Database\s*\)")]
    private static partial Regex Parameters();
}
