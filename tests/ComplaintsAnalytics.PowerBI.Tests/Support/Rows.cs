namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>Streams generated rows, one at a time, as a mart query would.</summary>
internal static class Rows
{
    public static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> Generate(int count, Func<int, IReadOnlyDictionary<string, object?>> row)
    {
        for (var i = 0; i < count; i++)
        {
            yield return row(i);
        }

        await Task.CompletedTask;
    }
}
