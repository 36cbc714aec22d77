using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>
/// Reads a TMDL document as the TMDL overview describes it: one tab per level (no spaces), an object
/// declared by its kind and name (quoted when it holds a space, dot, equals, colon or quote), properties
/// one level deeper as <c>name: value</c> or a bare flag, default values after <c>=</c> on the same line or
/// as a multi-line expression two levels deeper than the line that opens it, and <c>///</c> descriptions
/// directly above a declaration. Anything else is a <see cref="TmdlParseException"/>.
/// </summary>
internal static partial class TmdlParser
{
    public static TmdlObject Parse(string file, string text)
    {
        var root = new TmdlObject(TmdlGrammar.Root, "", null, null, file, 0, -1);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var open = new Stack<TmdlObject>();
        open.Push(root);
        var description = new List<string>();
        var descriptionIndent = -1;
        var descriptionLine = 0;
        var i = 0;
        while (i < lines.Length)
        {
            var number = i + 1;
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                if (description.Count > 0)
                {
                    throw new TmdlParseException(file, number, "a blank line between a /// description and its object");
                }

                i++;
                continue;
            }

            var indent = Tabs(line);
            if (line[indent] == ' ')
            {
                throw new TmdlParseException(file, number, "indented with spaces: TMDL indents with one tab per level");
            }

            var content = line[indent..].TrimEnd();
            if (content.StartsWith("///", StringComparison.Ordinal))
            {
                if (description.Count > 0 && indent != descriptionIndent)
                {
                    throw new TmdlParseException(file, number, "a description whose lines are indented differently");
                }

                description.Add(content.Length > 3 && content[3] == ' ' ? content[4..] : content[3..]);
                descriptionIndent = indent;
                descriptionLine = number;
                i++;
                continue;
            }

            while (open.Peek().Indent >= indent)
            {
                open.Pop();
            }

            var parent = open.Peek();
            if (indent > parent.Indent + 1)
            {
                throw new TmdlParseException(file, number, $"indented {indent - parent.Indent - 1} level(s) deeper than its place under {Describe(parent)}");
            }

            var grammar = TmdlGrammar.Kinds[parent.Kind];
            var declaration = Declaration().Match(content);
            var kind = declaration.Success ? declaration.Groups["kind"].Value : content;
            if (grammar.Children.Contains(kind, StringComparer.Ordinal))
            {
                if (description.Count > 0 && descriptionIndent != indent)
                {
                    throw new TmdlParseException(file, descriptionLine, "a description indented differently from the object under it");
                }

                var rest = declaration.Success ? declaration.Groups["rest"].Value : "";
                i++;
                var created = kind == "ref"
                    ? Reference(file, number, indent, rest)
                    : Declare(file, number, indent, kind, rest, lines, ref i, description.Count == 0 ? null : string.Join("\n", description));
                description.Clear();
                parent.Children.Add(created);
                open.Push(created);
                continue;
            }

            if (description.Count > 0)
            {
                throw new TmdlParseException(file, descriptionLine, "a /// description above something that is not an object");
            }

            i++;
            AddProperty(file, number, indent, parent, grammar, content, lines, ref i);
        }

        if (description.Count > 0)
        {
            throw new TmdlParseException(file, descriptionLine, "a /// description at the end of the document, above no object");
        }

        return root;
    }

    private static TmdlObject Declare(string file, int number, int indent, string kind, string rest, string[] lines, ref int next, string? description)
    {
        var grammar = TmdlGrammar.Kinds[kind];
        var (name, value, hasEquals) = NameAndValue(file, number, rest);
        if (kind != "dataAccessOptions" && name.Length == 0)
        {
            throw new TmdlParseException(file, number, $"a {kind} with no name");
        }

        if (hasEquals && !grammar.DefaultValue)
        {
            throw new TmdlParseException(file, number, $"a {kind} takes no value after '='");
        }

        if (hasEquals && value.Length == 0)
        {
            value = Expression(file, number, indent, lines, ref next);
        }
        else if (value == "```")
        {
            value = Backticks(file, number, lines, ref next);
        }

        if (!hasEquals && kind is "measure" or "tablePermission" or "annotation" or "expression" or "partition")
        {
            throw new TmdlParseException(file, number, $"a {kind} needs a value after '='");
        }

        return new TmdlObject(kind, name, hasEquals ? value : null, description, file, number, indent);
    }

    private static TmdlObject Reference(string file, int number, int indent, string rest)
    {
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var kind = space < 0 ? rest : rest[..space];
        if (space < 0 || !TmdlGrammar.ReferenceKinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new TmdlParseException(file, number, $"'ref {rest}' does not name a kind and an object");
        }

        var (name, _, hasEquals) = NameAndValue(file, number, rest[(space + 1)..]);
        if (hasEquals)
        {
            throw new TmdlParseException(file, number, "a ref takes no value");
        }

        return new TmdlObject("ref", name, kind, null, file, number, indent);
    }

    private static void AddProperty(string file, int number, int indent, TmdlObject parent, TmdlGrammar grammar, string content, string[] lines, ref int next)
    {
        var colon = PropertyValue().Match(content);
        if (colon.Success)
        {
            var name = colon.Groups["name"].Value;
            if (!grammar.Properties.Contains(name, StringComparer.Ordinal) && !grammar.Flags.Contains(name, StringComparer.Ordinal))
            {
                throw new TmdlParseException(file, number, $"'{name}' is not a property of a {parent.Kind}");
            }

            Add(file, number, parent, name, Unquote(colon.Groups["value"].Value.Trim()));
            return;
        }

        var equals = ExpressionProperty().Match(content);
        if (equals.Success && grammar.ExpressionProperties.Contains(equals.Groups["name"].Value, StringComparer.Ordinal))
        {
            var value = equals.Groups["value"].Value.Trim();
            var expression = value.Length == 0 ? Expression(file, number, indent, lines, ref next)
                : value == "```" ? Backticks(file, number, lines, ref next)
                : value;
            Add(file, number, parent, equals.Groups["name"].Value, expression);
            return;
        }

        if (grammar.Flags.Contains(content, StringComparer.Ordinal))
        {
            Add(file, number, parent, content, "true");
            return;
        }

        throw new TmdlParseException(file, number, $"'{content}' is neither an object nor a property a {parent.Kind} may have");
    }

    private static void Add(string file, int number, TmdlObject parent, string name, string value)
    {
        if (!parent.Properties.TryAdd(name, new TmdlProperty(name, value, number)))
        {
            throw new TmdlParseException(file, number, $"{Describe(parent)} sets '{name}' twice");
        }
    }

    /// <summary>The lines under an opening line at <paramref name="indent"/> indented at least two levels deeper.</summary>
    private static string Expression(string file, int number, int indent, string[] lines, ref int next)
    {
        var body = new List<string>();
        while (next < lines.Length && (lines[next].Trim().Length == 0 || Tabs(lines[next]) >= indent + 2))
        {
            body.Add(lines[next].Trim().Length == 0 ? "" : lines[next][(indent + 2)..].TrimEnd());
            next++;
        }

        while (body.Count > 0 && body[^1].Length == 0)
        {
            body.RemoveAt(body.Count - 1);
        }

        if (body.Count == 0)
        {
            throw new TmdlParseException(file, number, "'=' opens an expression but no line below is indented two levels deeper");
        }

        return string.Join("\n", body);
    }

    private static string Backticks(string file, int number, string[] lines, ref int next)
    {
        var body = new StringBuilder();
        while (next < lines.Length)
        {
            var line = lines[next++];
            if (line.Trim() == "```")
            {
                return body.ToString().TrimEnd();
            }

            body.Append(line).Append('\n');
        }

        throw new TmdlParseException(file, number, "``` opens an expression that is never closed");
    }

    /// <summary>Splits "'Sales Amount' = SUM(...)" into the name and what follows '='.</summary>
    private static (string Name, string Value, bool HasEquals) NameAndValue(string file, int number, string rest)
    {
        string name;
        string after;
        if (rest.StartsWith('\''))
        {
            var end = 1;
            var builder = new StringBuilder();
            while (true)
            {
                if (end >= rest.Length)
                {
                    throw new TmdlParseException(file, number, $"the quoted name in '{rest}' is never closed");
                }

                if (rest[end] == '\'')
                {
                    if (end + 1 < rest.Length && rest[end + 1] == '\'')
                    {
                        builder.Append('\'');
                        end += 2;
                        continue;
                    }

                    break;
                }

                builder.Append(rest[end++]);
            }

            name = builder.ToString();
            after = rest[(end + 1)..].Trim();
        }
        else
        {
            var equals = rest.IndexOf('=', StringComparison.Ordinal);
            name = (equals < 0 ? rest : rest[..equals]).Trim();
            after = equals < 0 ? "" : rest[equals..].Trim();
            if (name.IndexOfAny([' ', '\t', '.', ':', '\'']) >= 0)
            {
                throw new TmdlParseException(file, number, $"the name '{name}' must be in single quotes");
            }
        }

        if (after.Length == 0)
        {
            return (name, "", false);
        }

        if (after[0] != '=')
        {
            throw new TmdlParseException(file, number, $"unexpected '{after}' after the name '{name}'");
        }

        return (name, after[1..].Trim(), true);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : value;

    private static int Tabs(string line)
    {
        var count = 0;
        while (count < line.Length && line[count] == '\t')
        {
            count++;
        }

        return count;
    }

    private static string Describe(TmdlObject parent) => parent.Kind == TmdlGrammar.Root ? "the document" : $"{parent.Kind} {parent.Name}";

    [GeneratedRegex(@"^(?<kind>[A-Za-z]+)\s+(?<rest>.+)$")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)\s*:\s*(?<value>.*)$")]
    private static partial Regex PropertyValue();

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)\s*=\s*(?<value>.*)$")]
    private static partial Regex ExpressionProperty();
}
