using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Checks the <c>PowerBI</c> settings at start, naming each setting that is wrong.</summary>
internal sealed class PowerBIOptionsValidator : IValidateOptions<PowerBIOptions>
{
    private static readonly string[] RefreshTypes = ["Full", "ClearValues", "Calculate", "DataOnly", "Automatic", "Defragment"];
    private static readonly string[] CommitModes = ["transactional", "partialBatch"];

    public ValidateOptionsResult Validate(string? name, PowerBIOptions options)
    {
        var errors = new List<string>();
        Require(errors, options.TenantId, "TenantId", "the Entra ID tenant id");
        RequireGuid(errors, options.ClientId, "ClientId", "the application (client) id of the app registration", required: true);
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add("PowerBI:ClientSecret is not set: put the app registration's secret in the environment " +
                "(COMPLAINTS_PowerBI__ClientSecret) or user secrets, never in appsettings.json.");
        }

        RequireGuid(errors, options.WorkspaceId, "WorkspaceId", "the workspace (group) id", required: true);
        RequireGuid(errors, options.DatasetId, "DatasetId", "the semantic model (dataset) id", required: false);
        if (!options.BaseUrl.IsAbsoluteUri)
        {
            errors.Add($"PowerBI:BaseUrl must be an absolute URL such as https://api.powerbi.com/; got '{options.BaseUrl}'.");
        }

        if (options.AuthorityHost is { IsAbsoluteUri: false })
        {
            errors.Add($"PowerBI:AuthorityHost must be an absolute URL such as https://login.microsoftonline.com/; got '{options.AuthorityHost}'.");
        }

        Positive(errors, options.PollInterval, "PollInterval");
        Positive(errors, options.RequestTimeout, "RequestTimeout");
        Positive(errors, options.RetryBaseDelay, "RetryBaseDelay");
        if (options.RefreshTimeout < options.PollInterval)
        {
            errors.Add($"PowerBI:RefreshTimeout ({options.RefreshTimeout}) must be at least PowerBI:PollInterval ({options.PollInterval}).");
        }

        InRange(errors, options.DailyRefreshLimit, 1, 48, "DailyRefreshLimit", "shared capacity allows 8 a day");
        InRange(errors, options.MaxRetries, 0, 10, "MaxRetries", "transient failures are retried this many times");
        ValidateEnhanced(errors, options.EnhancedRefresh);
        Require(errors, options.Push.DatasetName, "Push:DatasetName", "the name of the push dataset in the workspace");
        InRange(errors, options.Push.BatchSize, 1, PushLimits.MaxRowsPerRequest, "Push:BatchSize", "the service takes at most 10,000 rows a request");
        InRange(errors, options.Push.RequestsPerMinute, 1, PushLimits.MaxRequestsPerMinute, "Push:RequestsPerMinute", "the service takes at most 120 requests a minute");
        InRange(errors, options.Push.RowsPerHour, 1, PushLimits.MaxRowsPerHour, "Push:RowsPerHour", "the service takes at most 1,000,000 rows an hour");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateEnhanced(List<string> errors, EnhancedRefreshOptions enhanced)
    {
        if (!RefreshTypes.Contains(enhanced.Type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"PowerBI:EnhancedRefresh:Type must be one of {string.Join(", ", RefreshTypes)}; got '{enhanced.Type}'.");
        }

        if (!CommitModes.Contains(enhanced.CommitMode, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"PowerBI:EnhancedRefresh:CommitMode must be one of {string.Join(", ", CommitModes)}; got '{enhanced.CommitMode}'.");
        }

        InRange(errors, enhanced.RetryCount, 0, 10, "EnhancedRefresh:RetryCount", "the service retries a failing refresh this many times");
        for (var i = 0; i < enhanced.Objects.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(enhanced.Objects[i].Table))
            {
                errors.Add($"PowerBI:EnhancedRefresh:Objects:{i}:Table is empty: name the table to refresh.");
            }
        }
    }

    private static void Require(List<string> errors, string value, string setting, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"PowerBI:{setting} is not set: it must be {what}.");
        }
    }

    private static void RequireGuid(List<string> errors, string value, string setting, string what, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add($"PowerBI:{setting} is not set: it must be {what}, a GUID.");
            }
        }
        else if (!Guid.TryParse(value, out _))
        {
            errors.Add($"PowerBI:{setting} must be {what}, a GUID; got '{value}'.");
        }
    }

    private static void Positive(List<string> errors, TimeSpan value, string setting)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"PowerBI:{setting} must be positive; got {value}.");
        }
    }

    private static void InRange(List<string> errors, int value, int min, int max, string setting, string why)
    {
        if (value < min || value > max)
        {
            errors.Add($"PowerBI:{setting} must be between {min:N0} and {max:N0} ({why}); got {value:N0}.");
        }
    }
}
