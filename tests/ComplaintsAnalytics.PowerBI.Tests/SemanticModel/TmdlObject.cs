namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>One parsed TMDL object: kind, name, default value or expression, description, properties, children.</summary>
internal sealed class TmdlObject(string kind, string name, string? value, string? description, string file, int line, int indent)
{
    public string Kind { get; } = kind;

    public string Name { get; } = name;

    /// <summary>What follows <c>=</c> on the declaration, or the multi-line expression below it.</summary>
    public string? Value { get; } = value;

    /// <summary>The <c>///</c> lines above the declaration.</summary>
    public string? Description { get; } = description;

    public string File { get; } = file;

    public int Line { get; } = line;

    public int Indent { get; } = indent;

    public Dictionary<string, TmdlProperty> Properties { get; } = new(StringComparer.Ordinal);

    public List<TmdlObject> Children { get; } = [];

    public string Where => $"{Path.GetFileName(File)}:{Line}";

    public IEnumerable<TmdlObject> ChildrenOf(string kind) => Children.Where(c => c.Kind == kind);

    public string? Property(string name) => Properties.TryGetValue(name, out var property) ? property.Value : null;

    /// <summary>A flag written alone (<c>isHidden</c>) or as <c>isHidden: true</c>.</summary>
    public bool Flag(string name) => string.Equals(Property(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A property that names another object (sortByColumn, a level's column), without its quotes.</summary>
    public string? Reference(string name) => Property(name) is { } value ? Unquote(value) : null;

    public static string Unquote(string name) =>
        name.Length > 1 && name[0] == '\'' && name[^1] == '\'' ? name[1..^1].Replace("''", "'", StringComparison.Ordinal) : name;

    public override string ToString() => $"{Kind} {Name} ({Where})";
}
