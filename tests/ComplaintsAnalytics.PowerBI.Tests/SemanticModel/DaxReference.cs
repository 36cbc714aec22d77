using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>
/// A name a DAX expression uses: a column or measure (<c>'Table'[Name]</c>, <c>Table[Name]</c>,
/// <c>[Measure]</c>) or a table on its own (<c>COUNTROWS ( 'Complaint stage' )</c>, Table null).
/// </summary>
internal sealed partial record DaxReference(string? Table, string? Name)
{
    public override string ToString() => Name is null ? $"table '{Table}'" : Table is null ? $"[{Name}]" : $"'{Table}'[{Name}]";

    /// <summary>Reads the expression left to right, skipping string literals, which hold no references.</summary>
    public static IReadOnlyList<DaxReference> In(string dax)
    {
        var found = new List<DaxReference>();
        var i = 0;
        while (i < dax.Length)
        {
            var c = dax[i];
            if (c == '"')
            {
                i = Closing(dax, i, '"') + 1;
            }
            else if (c == '\'')
            {
                var end = Closing(dax, i, '\'');
                var table = dax[(i + 1)..end].Replace("''", "'", StringComparison.Ordinal);
                i = end + 1;
                if (i < dax.Length && dax[i] == '[')
                {
                    var close = dax.IndexOf(']', i);
                    found.Add(new DaxReference(table, dax[(i + 1)..close]));
                    i = close + 1;
                }
                else
                {
                    found.Add(new DaxReference(table, null));
                }
            }
            else if (c == '[')
            {
                var close = dax.IndexOf(']', i);
                var bare = BareTableBefore().Match(dax[..i]);
                found.Add(new DaxReference(bare.Success ? bare.Groups["table"].Value : null, dax[(i + 1)..close]));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static int Closing(string dax, int open, char quote)
    {
        var i = open + 1;
        while (i < dax.Length)
        {
            if (dax[i] == quote)
            {
                if (i + 1 < dax.Length && dax[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i;
            }

            i++;
        }

        throw new FormatException($"A {quote} is never closed in: {dax}");
    }

    [GeneratedRegex(@"(?<![\w'])(?<table>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex BareTableBefore();
}
