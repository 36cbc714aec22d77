using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Turns the accepted row shapes into value arrays in a table's column order. The array is reused
/// from row to row, so rows stream and are never collected into a list.
/// </summary>
internal static class RowSources
{
    public static async IAsyncEnumerable<object?[]> FromDictionaries(
        IAsyncEnumerable<IReadOnlyDictionary<string, object?>> rows,
        PushTableDefinition table,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var values = new object?[table.Columns.Count];
        long rowNumber = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            rowNumber++;
            for (var i = 0; i < values.Length; i++)
            {
                var name = table.Columns[i].Name;
                if (!row.TryGetValue(name, out values[i]))
                {
                    throw new InvalidOperationException($"Row {rowNumber} for push table '{table.Name}' has no '{name}' value.");
                }
            }

            yield return values;
        }
    }

    public static async IAsyncEnumerable<object?[]> FromReader(
        IDataReader reader,
        PushTableDefinition table,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordinals = table.Columns.Select(c => Ordinal(reader, table, c.Name)).ToArray();
        var values = new object?[ordinals.Length];
        while (reader is DbDataReader db ? await db.ReadAsync(cancellationToken) : reader.Read())
        {
            for (var i = 0; i < ordinals.Length; i++)
            {
                values[i] = reader.IsDBNull(ordinals[i]) ? null : reader.GetValue(ordinals[i]);
            }

            yield return values;
        }
    }

    private static int Ordinal(IDataReader reader, PushTableDefinition table, string name)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The rows for push table '{table.Name}' have no column '{name}'.");
    }
}
