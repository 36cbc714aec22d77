using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>Refuses a SQL Server store without a connection string, or one whose table prefix Quartz cannot use.</summary>
internal sealed class JobStoreOptionsValidator : IValidateOptions<JobStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, JobStoreOptions options)
    {
        var failures = new List<string>();
        if (options.Kind == JobStoreKind.SqlServer && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Scheduler:Store:Kind is SqlServer but Scheduler:Store:ConnectionString is empty; set COMPLAINTS_Scheduler__Store__ConnectionString.");
        }

        if (string.IsNullOrWhiteSpace(options.TablePrefix) || options.TablePrefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.')))
        {
            failures.Add($"Scheduler:Store:TablePrefix \"{options.TablePrefix}\" may hold only letters, digits, '_' and one '.' after a schema name.");
        }

        if (string.IsNullOrWhiteSpace(options.InstanceName))
        {
            failures.Add("Scheduler:Store:InstanceName is empty.");
        }

        if (options.CheckinInterval <= TimeSpan.Zero)
        {
            failures.Add("Scheduler:Store:CheckinInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
