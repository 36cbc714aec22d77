namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>Small helpers over <see cref="Random"/>; every draw goes through the one seeded instance.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static int Between(this Random random, int minInclusive, int maxInclusive) => random.Next(minInclusive, maxInclusive + 1);

    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var roll = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>Picks <paramref name="count"/> distinct items, in a random order.</summary>
    public static List<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var result = new List<T>(count);
        while (result.Count < count && pool.Count > 0)
        {
            var index = random.Next(pool.Count);
            result.Add(pool[index]);
            pool.RemoveAt(index);
        }

        return result;
    }
}
