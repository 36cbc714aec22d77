using System.Globalization;
using System.Text.Json;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Reads the service's timestamps, which are UTC whether or not they carry a "Z".</summary>
internal static class PowerBITime
{
    public static DateTimeOffset? Read(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
}
