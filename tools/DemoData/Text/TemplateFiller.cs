using System.Text;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Replaces {tokens} in a template; an unknown token is a bug in the fragments and throws.</summary>
internal static class TemplateFiller
{
    private static readonly Dictionary<string, string> LowerStarts = new(StringComparer.Ordinal)
    {
        ["{I}"] = "{i}",
        ["{My}"] = "{my}",
        ["{We}"] = "{we}",
        ["{Our}"] = "{our}",
        ["{He}"] = "{he}",
        ["{His}"] = "{his}",
        ["{Cdesc}"] = "{cdesc}",
    };

    public static string Fill(string template, IReadOnlyDictionary<string, string> tokens)
    {
        var builder = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            builder.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            if (!tokens.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"Unknown token {{{name}}} in \"{template}\".");
            }

            builder.Append(value);
            position = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>Makes a sentence template read on after "complains that": its first word loses its capital.</summary>
    public static string LowerFirst(string template)
    {
        foreach (var (upper, lower) in LowerStarts)
        {
            if (template.StartsWith(upper, StringComparison.Ordinal))
            {
                return lower + template[upper.Length..];
            }
        }

        if (template.Length > 1 && char.IsUpper(template[0]) && char.IsLower(template[1]) && !template.StartsWith("I ", StringComparison.Ordinal))
        {
            return char.ToLowerInvariant(template[0]) + template[1..];
        }

        return template;
    }
}
