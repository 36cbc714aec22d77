using System.Globalization;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// A measure cell read as text first: a number, a publisher's marker (kept, with no number), or empty.
/// DfE markers: c suppressed, x not available, z not applicable, u low reliability, low, k.
/// </summary>
public readonly record struct MarkedNumber(decimal? Value, string? Marker)
{
    /// <summary>The markers DfE writes in measure columns.</summary>
    public static readonly IReadOnlySet<string> Markers = new HashSet<string>(StringComparer.Ordinal) { "c", "x", "z", "u", "low", "k" };

    /// <summary>True when the publisher suppressed the value (<c>c</c>).</summary>
    public bool IsSuppressed => Marker == "c";

    /// <summary>True when there is neither a number nor a marker.</summary>
    public bool IsEmpty => Value is null && Marker is null;

    /// <summary>Parses a cell; false when it is neither a number nor a known marker.</summary>
    public static bool TryParse(object? cell, out MarkedNumber result)
    {
        result = default;
        switch (cell)
        {
            case null:
                return true;
            case double d:
                result = new MarkedNumber((decimal)d, null);
                return true;
        }

        var text = Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return true;
        }

        var lower = text.ToLowerInvariant();
        if (Markers.Contains(lower))
        {
            result = new MarkedNumber(null, lower);
            return true;
        }

        if (decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            result = new MarkedNumber(value, null);
            return true;
        }

        return false;
    }
}
