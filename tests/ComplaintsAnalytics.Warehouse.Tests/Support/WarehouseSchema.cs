namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>One engine's tables, views and keys, read from a live DuckDB file or from T-SQL scripts.</summary>
public sealed class WarehouseSchema
{
    public WarehouseSchema(IEnumerable<SchemaObject> objects, IEnumerable<KeyConstraint> keys)
    {
        Objects = objects.ToDictionary(o => o.FullName, StringComparer.OrdinalIgnoreCase);
        Keys = [.. keys.OrderBy(k => k.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Tables and views by lower-case <c>schema.name</c>.</summary>
    public IReadOnlyDictionary<string, SchemaObject> Objects { get; }

    /// <summary>Primary keys and unique constraints, sorted.</summary>
    public IReadOnlyList<KeyConstraint> Keys { get; }

    /// <summary>The names of the tables and views, sorted.</summary>
    public IReadOnlyList<string> Names => [.. Objects.Keys.Order(StringComparer.Ordinal)];
}
