namespace ComplaintsAnalytics.PowerBI;

/// <summary>Checks push definitions against the documented limits before anything is sent.</summary>
internal static class PushSchemaCheck
{
    private const int MaxTables = 75;
    private const int MaxColumns = 75;
    private const int MaxRelationships = 75;

    public static void Validate(PushDatasetDefinition dataset)
    {
        Name(dataset.Name, "dataset");
        Limit(dataset.Tables.Count, MaxTables, $"dataset '{dataset.Name}' tables");
        Limit(dataset.Relationships.Count, MaxRelationships, $"dataset '{dataset.Name}' relationships");
        foreach (var table in dataset.Tables)
        {
            Validate(table);
        }

        foreach (var relationship in dataset.Relationships)
        {
            Name(relationship.Name, "relationship");
            HasColumn(dataset, relationship.FromTable, relationship.FromColumn, relationship.Name);
            HasColumn(dataset, relationship.ToTable, relationship.ToColumn, relationship.Name);
        }
    }

    public static void Validate(PushTableDefinition table)
    {
        Name(table.Name, "table");
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"Push table '{table.Name}' has no columns.");
        }

        Limit(table.Columns.Count, MaxColumns, $"table '{table.Name}' columns");
        var duplicate = table.Columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Push table '{table.Name}' names column '{duplicate.Key}' twice.");
        }

        foreach (var column in table.Columns)
        {
            Name(column.Name, $"column of table '{table.Name}'");
        }
    }

    private static void HasColumn(PushDatasetDefinition dataset, string tableName, string columnName, string relationship)
    {
        var table = dataset.Tables.FirstOrDefault(t => t.Name == tableName)
            ?? throw new ArgumentException($"Relationship '{relationship}' names table '{tableName}', which the dataset does not have.");
        if (table.Columns.All(c => c.Name != columnName))
        {
            throw new ArgumentException($"Relationship '{relationship}' names column '{tableName}.{columnName}', which the table does not have.");
        }
    }

    private static void Name(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"A push {what} has no name.");
        }
    }

    private static void Limit(int count, int max, string what)
    {
        if (count > max)
        {
            throw new ArgumentException($"Push datasets allow at most {max} {what.Split(' ')[^1]}; {what} number {count}.");
        }
    }
}
