using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>Refuses a retry back-off Quartz would reject.</summary>
internal sealed class RetryOptionsValidator : IValidateOptions<RetryOptions>
{
    public ValidateOptionsResult Validate(string? name, RetryOptions options)
    {
        var failures = new List<string>();
        if (options.MaxAttempts is < 0 or > 20)
        {
            failures.Add("Scheduler:Retry:MaxAttempts must be between 0 and 20.");
        }

        if (options.InitialDelay <= TimeSpan.Zero || options.MaxDelay < options.InitialDelay)
        {
            failures.Add("Scheduler:Retry:InitialDelay must be positive and no longer than Scheduler:Retry:MaxDelay.");
        }

        if (options.Factor < 1)
        {
            failures.Add("Scheduler:Retry:Factor must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
