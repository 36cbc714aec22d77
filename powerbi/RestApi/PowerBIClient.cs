using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// A small typed client for the Power BI REST API: refresh an import-mode dataset, keep push datasets,
/// read refresh history and datasets. Register it with
/// <see cref="PowerBIServiceCollectionExtensions.AddPowerBIClient"/>.
/// </summary>
public sealed partial class PowerBIClient
{
    private readonly HttpClient _http;
    private readonly PowerBIOptions _options;
    private readonly IPowerBIAccessTokenSource _tokens;
    private readonly PushThrottle _throttle;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PowerBIClient> _logger;

    /// <summary>Created by the HTTP client factory; see <see cref="PowerBIServiceCollectionExtensions.AddPowerBIClient"/>.</summary>
    public PowerBIClient(
        HttpClient http,
        IOptions<PowerBIOptions> options,
        IPowerBIAccessTokenSource tokens,
        PushThrottle throttle,
        TimeProvider timeProvider,
        ILogger<PowerBIClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _tokens = tokens;
        _throttle = throttle;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    private string WorkspaceId => _options.WorkspaceId;

    private async Task<JsonDocument> GetJsonAsync(string path, string operation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        await EnsureSuccessAsync(response, operation, cancellationToken);
        return await ReadJsonAsync(response, cancellationToken);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    /// <summary>Sends one request (through the retry and token handlers); 401 and 403 become configuration errors.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            using (response)
            {
                var error = PowerBIError.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                _tokens.Invalidate();
                Log.AccessRefused(_logger, (int)response.StatusCode, method.Method, request.RequestUri?.OriginalString ?? path, error.Code);
                throw new PowerBIConfigurationException(AccessRefusedMessage(response.StatusCode, method, path, error));
            }
        }

        return response;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var error = PowerBIError.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            throw ApiError(response, operation, error);
        }
    }

    private static PowerBIApiException ApiError(HttpResponseMessage response, string operation, PowerBIError error)
    {
        var status = (int)response.StatusCode;
        var hint = response.StatusCode == HttpStatusCode.NotFound
            ? " Check PowerBI:WorkspaceId and the dataset id, and that the service principal can see the workspace."
            : "";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Power BI could not {operation}: {status} {response.ReasonPhrase}{(error.Code is null ? "" : $" {error.Code}")}{(error.Message is null ? "" : $": {error.Message}")}.{hint}");
        return new PowerBIApiException(message, response.StatusCode, error.Code, RequestId(response));
    }

    private static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-ms-request-id", out var values) ? values.FirstOrDefault() : null;

    private string AccessRefusedMessage(HttpStatusCode status, HttpMethod method, string path, PowerBIError error)
    {
        var said = error.Code is null && error.Message is null ? "" : $" Power BI said: {error.Code} {error.Message}".TrimEnd() + ".";
        var tenantSetting = "the Fabric admin portal's tenant setting 'Service principals can use Fabric APIs' (formerly " +
            "'Allow service principals to use Power BI APIs') is enabled for a security group that holds this app";
        return status == HttpStatusCode.Unauthorized
            ? $"Power BI answered 401 Unauthorized to {method.Method} /{path.Split('?')[0]}: it did not accept the service principal's token. " +
              $"Check PowerBI:TenantId is the tenant that owns the workspace, PowerBI:ClientId ({_options.ClientId}) is the app registration, " +
              $"PowerBI:ClientSecret (COMPLAINTS_PowerBI__ClientSecret) is current, and {tenantSetting}.{said}"
            : $"Power BI answered 403 Forbidden to {method.Method} /{path.Split('?')[0]}: the service principal may not do this. " +
              $"Check it is a Member or Contributor of workspace PowerBI:WorkspaceId ({WorkspaceId}), that the dataset belongs to that workspace, " +
              $"and that {tenantSetting}.{said}";
    }
}
