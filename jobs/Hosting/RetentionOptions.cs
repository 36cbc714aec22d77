using ComplaintsAnalytics.Etl.Retention;

namespace ComplaintsAnalytics.Jobs.Hosting;

/// <summary>How long the warehouse keeps what it does not need (section <c>Retention</c>).</summary>
internal sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days a rejected cell's value is kept before it is cleared (the reject itself stays).</summary>
    public int RejectValueDays { get; set; } = RejectValueRetention.DefaultDays;
}
