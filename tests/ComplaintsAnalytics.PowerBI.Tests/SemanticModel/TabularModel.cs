namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>Every TMDL document of the semantic model's definition folder, parsed, with the objects gathered by kind.</summary>
internal sealed class TabularModel
{
    private TabularModel(IReadOnlyList<(string File, TmdlObject Root)> documents)
    {
        Documents = documents;
        var objects = documents.SelectMany(d => d.Root.Children).ToList();
        Tables = objects.Where(o => o.Kind == "table").ToList();
        Relationships = objects.Where(o => o.Kind == "relationship").ToList();
        Roles = objects.Where(o => o.Kind == "role").ToList();
        Expressions = objects.Where(o => o.Kind == "expression").ToList();
        References = objects.Where(o => o.Kind == "ref").ToList();
        Database = objects.Single(o => o.Kind == "database");
        Model = objects.Single(o => o.Kind == "model");
    }

    public IReadOnlyList<(string File, TmdlObject Root)> Documents { get; }

    public IReadOnlyList<TmdlObject> Tables { get; }

    public IReadOnlyList<TmdlObject> Relationships { get; }

    public IReadOnlyList<TmdlObject> Roles { get; }

    public IReadOnlyList<TmdlObject> Expressions { get; }

    public IReadOnlyList<TmdlObject> References { get; }

    public TmdlObject Database { get; }

    public TmdlObject Model { get; }

    public IEnumerable<TmdlObject> Measures => Tables.SelectMany(t => t.ChildrenOf("measure"));

    public static TabularModel Load(string definitionFolder) =>
        new(Directory.EnumerateFiles(definitionFolder, "*.tmdl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (file, TmdlParser.Parse(file, File.ReadAllText(file))))
            .ToList());

    public TmdlObject Table(string name) =>
        Tables.SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"The model has no table '{name}'.");

    /// <summary>Splits <c>'Complaint stage'.'Authority key'</c> into table and column.</summary>
    public static (string Table, string Column) ColumnReference(string reference)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < reference.Length)
        {
            string part;
            if (reference[i] == '\'')
            {
                var end = i + 1;
                var builder = new System.Text.StringBuilder();
                while (end < reference.Length && !(reference[end] == '\'' && (end + 1 >= reference.Length || reference[end + 1] != '\'')))
                {
                    builder.Append(reference[end]);
                    end += reference[end] == '\'' ? 2 : 1;
                }

                part = builder.ToString();
                i = end + 1;
            }
            else
            {
                var end = reference.IndexOf('.', i);
                end = end < 0 ? reference.Length : end;
                part = reference[i..end];
                i = end;
            }

            parts.Add(part);
            if (i < reference.Length && reference[i] == '.')
            {
                i++;
            }
        }

        return parts.Count == 2 ? (parts[0], parts[1]) : throw new FormatException($"'{reference}' is not a 'Table'.'Column' reference.");
    }
}
