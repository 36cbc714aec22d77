using System.Text.Json;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>The <c>{"error":{"code":..,"message":..}}</c> body of a Power BI error response.</summary>
internal sealed record PowerBIError(string? Code, string? Message)
{
    public static readonly PowerBIError None = new(null, null);

    /// <summary>Reads the error body; a body of another shape gives its raw text as the message.</summary>
    public static PowerBIError Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return new PowerBIError(Text(error, "code"), Text(error, "message") ?? Details(error));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a gateway's HTML page, say): keep the start of the text.
        }

        return new PowerBIError(null, body.Length > 500 ? body[..500] : body);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Details(JsonElement error) =>
        error.TryGetProperty("pbi.error", out var pbi) ? pbi.GetRawText() : null;
}
